import "reflect-metadata";

/**
 * `npm run export -- --fhir --client <id> --out <file>` or `npm run export -- --csv <sessions|homework|episodes> --out <file>`.
 * Each format owns its own command line; this only picks one.
 */
const argv = process.argv.slice(2);
if (argv.includes("--fhir")) {
  const { runFhirExport } = await import("./fhir/fhir-cli.ts");
  await runFhirExport(argv.filter((arg) => arg !== "--fhir"));
} else if (argv.includes("--csv")) {
  const { runCsvExport } = await import("./csv/csv-cli.ts");
  await runCsvExport(argv);
} else {
  console.log("Usage: npm run export -- --fhir --client <id> --out <file.json> [--full]");
  console.log("       npm run export -- --csv <sessions|homework|episodes> --out <file.csv> [--clinic <id>]");
  process.exitCode = argv.includes("--help") ? 0 : 2;
}
