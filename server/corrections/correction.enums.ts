/** The kinds of record a therapist may correct. */
export enum RecordType {
  SESSION = "SESSION",
  EPISODE = "EPISODE",
}
