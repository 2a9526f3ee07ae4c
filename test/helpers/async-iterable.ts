/**
 * The items one at a time as an async iterable, as a file stream hands its chunks to a reader; each item is taken
 * only when the reader asks for it, so none is read ahead.
 */
export function asyncIterable<T>(items: Iterable<T>): AsyncIterable<T> {
  return {
    [Symbol.asyncIterator]() {
      const iterator = items[Symbol.iterator]();
      return { next: () => Promise.resolve(iterator.next()) };
    },
  };
}
