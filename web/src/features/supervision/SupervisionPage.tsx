/**
 * The supervisor's home. Supervisors never see an individual client; the anonymised clinic metrics
 * (caseloadMetrics, with small-cell suppression) are built in the supervision module and will appear here.
 */
export function SupervisionPage() {
  return (
    <main aria-labelledby="supervision-title">
      <h1 id="supervision-title">Clinic overview</h1>
      <p>
        As a supervisor you see anonymised figures for the whole clinic — never a named client, a date or a note.
      </p>
      <p className="notice" role="status">
        The anonymised caseload metrics are not available in this version yet.
      </p>
    </main>
  );
}
