import "reflect-metadata";

/**
 * `npm run import -- --fhir <bundle.json> ...` or `npm run import -- --csv <sessions|homework|episodes> <file.csv> ...`.
 * Each format owns its own command line; this only picks one.
 */
const argv = process.argv.slice(2);
if (argv.includes("--fhir")) {
  const { runFhirImport } = await import("./fhir/fhir-cli.ts");
  await runFhirImport(argv.filter((arg) => arg !== "--fhir"));
} else if (argv.includes("--csv")) {
  const { runCsvImport } = await import("./csv/csv-cli.ts");
  await runCsvImport(argv);
} else {
  console.log("Usage: npm run import -- --fhir <bundle.json> [options]");
  console.log("       npm run import -- --csv <sessions|homework|episodes> <file.csv> [--all-or-nothing]");
  process.exitCode = argv.includes("--help") ? 0 : 2;
}
