/**
 * Thrown by every measure validator. `field` is the input path of the offending value, e.g.
 * "ors.individual", "phq9[8]" (index of the bad item), "phq9" (wrong item count), "weekRating".
 */
export class MeasureInputError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = "MeasureInputError";
  }
}
