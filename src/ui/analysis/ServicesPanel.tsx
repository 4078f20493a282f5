import { useAnalysisReport } from '../../analysis/hooks';
import { useDesignLookup } from '../../analysis/names';
import { useFocusResource } from '../../analysis/focus';
import { RESOURCE_KIND_LABELS } from '../../model/connectionReasons';
import { describeService } from './serviceWords';
import { StatusBadge } from './StatusBadge';

/**
 * Does each service survive? Every entry point (global load balancer, DNS record, or a published
 * floating or directly attached IP) with its status under the simulated outage, in words.
 */
export function ServicesPanel() {
  const report = useAnalysisReport();
  const lookup = useDesignLookup();
  const focus = useFocusResource();
  if (!report) return <p className="fla-muted">Analysing the design…</p>;
  if (report.services.length === 0) {
    return (
      <p className="fla-muted">
        No services yet: a service is a global load balancer, a DNS record, or a floating IP that is associated with something.
      </p>
    );
  }
  return (
    <ul className="fla-services" aria-label="Services">
      {report.services.map((service) => (
        <li key={service.id} className="fla-service" data-testid={`service-${service.id}`}>
          <div className="fla-service-head">
            <StatusBadge status={service.status} />
            <button type="button" className="fla-link" onClick={() => focus(service.id)}>
              {service.name}
            </button>
            <span className="fla-kind">{RESOURCE_KIND_LABELS[service.kind]}</span>
          </div>
          <p className="fla-service-text">{describeService(service, report, lookup)}</p>
        </li>
      ))}
    </ul>
  );
}
