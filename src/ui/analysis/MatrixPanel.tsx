import { memo, useCallback, useDeferredValue } from 'react';
import { useBaselineReport } from '../../analysis/hooks';
import { useNameOf } from '../../analysis/names';
import type { MatrixScenario, ResilienceMatrix } from '../../engine/matrix';
import type { Status } from '../../engine/types';
import type { ResourceId } from '../../model/types';
import { scenarioKey } from '../../queries/analysis';
import { useDesign, useDesignStoreApi } from '../../store/context';
import { columnTitle, isColumnActive, scenarioOfColumn, singlePointsText, worstText } from './matrixCells';
import { StatusBadge } from './StatusBadge';
import { STATUS_LABEL } from './statusText';

type PickColumn = (column: MatrixScenario) => void;

interface CellProps {
  service: string;
  column: MatrixScenario;
  status: Status;
  active: boolean;
  onPick: PickColumn;
}

function MatrixCellComponent({ service, column, status, active, onPick }: CellProps) {
  return (
    <td className={active ? 'fla-col-active' : undefined}>
      <button
        type="button"
        className="fla-matrix-cell"
        aria-pressed={active}
        aria-label={`${service} with ${column.label}: ${STATUS_LABEL[status]}. Simulate ${column.label}.`}
        onClick={() => onPick(column)}
      >
        <StatusBadge status={status} compact />
      </button>
    </td>
  );
}

/**
 * Memoized on what it shows: a zone switch redraws two columns, and a new matrix after an edit
 * (new column objects, thousands of cells on a large design) redraws only the cells that changed.
 * A column is its key (`az:<id>` or `region:<id>`, which fixes its scenario) and its label.
 */
const MatrixCell = memo(
  MatrixCellComponent,
  (a, b) =>
    a.service === b.service &&
    a.status === b.status &&
    a.active === b.active &&
    a.onPick === b.onPick &&
    a.column.key === b.column.key &&
    a.column.label === b.column.label,
);

/** The single points of failure of every service (they change with the design, not the scenario). */
const SinglePoints = memo(function SinglePoints({ matrix, nameOf }: { matrix: ResilienceMatrix; nameOf: (id: ResourceId) => string }) {
  return (
    <dl className="fla-spof">
      <dt>Single points of failure</dt>
      {matrix.services.map((service) => (
        <dd key={service.id}>
          <span className="fla-spof-name">{service.name}:</span> {singlePointsText(matrix, service.id, nameOf)}
        </dd>
      ))}
    </dl>
  );
});

/** The table of cells; memoized, so that only a change of matrix or highlighted column redraws it. */
const MatrixTable = memo(function MatrixTable({
  matrix,
  active,
  nameOf,
  onPick,
}: {
  matrix: ResilienceMatrix;
  active: string;
  nameOf: (id: ResourceId) => string;
  onPick: PickColumn;
}) {
  return (
  <div className="fla-table-scroll">
    <table className="fla-table">
      <caption>Each service when one zone or one region is down (click a cell to simulate that outage)</caption>
      <thead>
        <tr>
          <th scope="col">Service</th>
          {matrix.scenarios.map((c) => (
            <th scope="col" key={c.key} className={isColumnActive(c, active) ? 'fla-col-active' : undefined} title={c.label}>
              {columnTitle(c, nameOf)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {matrix.services.map((service, row) => (
          <tr key={service.id}>
            <th scope="row">{service.name}</th>
            {matrix.scenarios.map((c, col) => (
              <MatrixCell
                key={c.key}
                service={service.name}
                column={c}
                status={matrix.cells[row]?.[col] ?? 'OK'}
                active={isColumnActive(c, active)}
                onPick={onPick}
              />
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  </div>
  );
});

/**
 * The resilience matrix: every service under every single-zone and single-region outage. Each cell
 * is a button that simulates its outage. Below: the worst single failure and each service's single
 * points of failure (the zones whose loss alone takes it down).
 */
export function MatrixPanel() {
  // A new matrix (every answer after an edit: thousands of cells on a large design), the names
  // (every edit) and the highlighted column (every zone switch) are drawn in renders that yield
  // to the browser, after the canvas.
  const matrix = useDeferredValue(useBaselineReport()?.matrix ?? null);
  const active = useDeferredValue(useDesign((s) => scenarioKey(s.scenario)));
  const store = useDesignStoreApi();
  const nameOf = useDeferredValue(useNameOf());
  const onPick = useCallback<PickColumn>((column) => store.getState().setScenario(scenarioOfColumn(column)), [store]);
  if (!matrix) return <p className="fla-muted">Analysing the design…</p>;
  if (matrix.services.length === 0 || matrix.scenarios.length === 0) {
    return <p className="fla-muted">The matrix needs at least one service and one zone.</p>;
  }
  return (
    <div className="fla-matrix" data-testid="matrix">
      <MatrixTable matrix={matrix} active={active} nameOf={nameOf} onPick={onPick} />
      <p className="fla-matrix-worst">{worstText(matrix)}</p>
      <SinglePoints matrix={matrix} nameOf={nameOf} />
    </div>
  );
}
