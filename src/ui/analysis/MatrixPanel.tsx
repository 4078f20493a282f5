import { useBaselineReport } from '../../analysis/hooks';
import { useNameOf } from '../../analysis/names';
import { useDesign, useDesignStoreApi } from '../../store/context';
import { columnTitle, isColumnActive, scenarioOfColumn, singlePointsText, worstText } from './matrixCells';
import { StatusBadge } from './StatusBadge';
import { STATUS_LABEL } from './statusText';

/**
 * The resilience matrix: every service under every single-zone and single-region outage. Each cell
 * is a button that simulates its outage. Below: the worst single failure and each service's single
 * points of failure (the zones whose loss alone takes it down).
 */
export function MatrixPanel() {
  const matrix = useBaselineReport()?.matrix ?? null;
  const scenario = useDesign((s) => s.scenario);
  const store = useDesignStoreApi();
  const nameOf = useNameOf();
  if (!matrix) return <p className="fla-muted">Analysing the design…</p>;
  if (matrix.services.length === 0 || matrix.scenarios.length === 0) {
    return <p className="fla-muted">The matrix needs at least one service and one zone.</p>;
  }
  return (
    <div className="fla-matrix" data-testid="matrix">
      <div className="fla-table-scroll">
        <table className="fla-table">
          <caption>Each service when one zone or one region is down (click a cell to simulate that outage)</caption>
          <thead>
            <tr>
              <th scope="col">Service</th>
              {matrix.scenarios.map((c) => (
                <th scope="col" key={c.key} className={isColumnActive(c, scenario) ? 'fla-col-active' : undefined} title={c.label}>
                  {columnTitle(c, nameOf)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {matrix.services.map((service, row) => (
              <tr key={service.id}>
                <th scope="row">{service.name}</th>
                {matrix.scenarios.map((c, col) => {
                  const status = matrix.cells[row]?.[col] ?? 'OK';
                  const active = isColumnActive(c, scenario);
                  return (
                    <td key={c.key} className={active ? 'fla-col-active' : undefined}>
                      <button
                        type="button"
                        className="fla-matrix-cell"
                        aria-pressed={active}
                        aria-label={`${service.name} with ${c.label}: ${STATUS_LABEL[status]}. Simulate ${c.label}.`}
                        onClick={() => store.getState().setScenario(scenarioOfColumn(c))}
                      >
                        <StatusBadge status={status} compact />
                      </button>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="fla-matrix-worst">{worstText(matrix)}</p>
      <dl className="fla-spof">
        <dt>Single points of failure</dt>
        {matrix.services.map((service) => (
          <dd key={service.id}>
            <span className="fla-spof-name">{service.name}:</span> {singlePointsText(matrix, service.id, nameOf)}
          </dd>
        ))}
      </dl>
    </div>
  );
}
