/** Commas by default; European Excel writes semicolons, and Excel's "Text (Tab delimited)" and "Unicode Text" tabs. */
export type CsvDelimiter = "," | ";" | "\t";

const DELIMITERS: Record<CsvDelimiter, { one: string; plural: string; option: string }> = {
  ",": { one: "a comma", plural: "commas", option: "','" },
  ";": { one: "a semicolon", plural: "semicolons", option: "';'" },
  "\t": { one: "a tab", plural: "tabs", option: "tab" },
};

export const CSV_DELIMITERS = Object.keys(DELIMITERS) as CsvDelimiter[];

/** `--delimiter` takes the character itself, or `tab` (a tab is awkward to type on a command line). */
export function parseDelimiter(option: string): CsvDelimiter | null {
  if (option === "tab" || option === "\t") return "\t";
  return option === "," || option === ";" ? option : null;
}

/** "a semicolon", for messages about one separator. */
export function delimiterName(delimiter: CsvDelimiter): string {
  return DELIMITERS[delimiter].one;
}

/** What to say when the file is separated by `found` while the import reads `expected`. */
export function wrongDelimiterMessage(found: CsvDelimiter, expected: CsvDelimiter): string {
  const advice =
    found === ","
      ? "leave out --delimiter"
      : `${expected === "," ? "use commas, or " : ""}pass --delimiter ${DELIMITERS[found].option}`;
  return `the file is separated by ${DELIMITERS[found].plural}; ${advice}`;
}
