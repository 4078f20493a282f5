import { useBaselineReport } from '../../analysis/hooks';
import { useNameOf } from '../../analysis/names';
import { useDesign, useDesignStoreApi } from '../../store/context';
import { isColumnActive, scenarioOfColumn, singlePointsText, worstText } from './matrixCells';
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
  if (!matrix) return <p className="fl-muted">Analysing the design…</p>;
  if (matrix.services.length === 0 || matrix.scenarios.length === 0) {
    return <p className="fl-muted">The matrix needs at least one service and one zone.</p>;
  }
  return (
    <div className="fl-matrix" data-testid="matrix">
      <div className="fl-table-scroll">
        <table className="fl-table">
          <caption>Each service under each single outage (click a cell to simulate it)</caption>
          <thead>
            <tr>
              <th scope="col">Service</th>
              {matrix.scenarios.map((c) => (
                <th scope="col" key={c.key} className={isColumnActive(c, scenario) ? 'fl-col-active' : undefined}>
                  {c.label}
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
                    <td key={c.key} className={active ? 'fl-col-active' : undefined}>
                      <button
                        type="button"
                        className="fl-matrix-cell"
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
      <p className="fl-matrix-worst">{worstText(matrix)}</p>
      <dl className="fl-spof">
        <dt>Single points of failure</dt>
        {matrix.services.map((service) => (
          <dd key={service.id}>
            <span className="fl-spof-name">{service.name}:</span> {singlePointsText(matrix, service.id, nameOf)}
          </dd>
        ))}
      </dl>
    </div>
  );
}
