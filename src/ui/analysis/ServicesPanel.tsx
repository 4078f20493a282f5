import { memo } from 'react';
import { useDeferredAnalysisReport } from '../../analysis/hooks';
import { useDesignLookup } from '../../analysis/names';
import { useFocusResource } from '../../analysis/focus';
import type { Status } from '../../engine/types';
import { RESOURCE_KIND_LABELS } from '../../model/connectionReasons';
import type { ResourceId } from '../../model/types';
import { ReasonWordsFailure, useReasonWords } from './reasonWords';
import { describeService } from './serviceWords';
import { StatusBadge } from './StatusBadge';

interface ItemProps {
  id: ResourceId;
  name: string;
  kind: string;
  status: Status;
  text: string;
  focus: (id: ResourceId) => void;
}

/** One service. Memoized on what it shows: a zone switch redraws only the services it changes. */
const ServiceItem = memo(function ServiceItem({ id, name, kind, status, text, focus }: ItemProps) {
  return (
    <li className="fla-service" data-testid={`service-${id}`}>
      <div className="fla-service-head">
        <StatusBadge status={status} />
        <button type="button" className="fla-link" onClick={() => focus(id)}>
          {name}
        </button>
        <span className="fla-kind">{kind}</span>
      </div>
      <p className="fla-service-text">{text}</p>
    </li>
  );
});

/**
 * Does each service survive? Every entry point (global load balancer, DNS record, or a published
 * floating or directly attached IP) with its status under the simulated outage, in words.
 *
 * The reason sentences load once the first analysis is shown (at once if a service is already
 * affected); until then an affected service says its status and the zones behind it.
 */
export function ServicesPanel() {
  const report = useDeferredAnalysisReport();
  const lookup = useDesignLookup();
  const focus = useFocusResource();
  const words = useReasonWords(!report ? null : report.services.some((s) => s.status !== 'OK') ? 'now' : 'idle');
  if (!report) return <p className="fla-muted">Analysing the design…</p>;
  if (report.services.length === 0) {
    return (
      <p className="fla-muted">
        No services yet: a service is a global load balancer, a DNS record, or a floating IP that is associated with something.
      </p>
    );
  }
  return (
    <>
      <ul className="fla-services" aria-label="Services">
        {report.services.map((service) => (
          <ServiceItem
            key={service.id}
            id={service.id}
            name={service.name}
            kind={RESOURCE_KIND_LABELS[service.kind]}
            status={service.status}
            text={describeService(service, report, lookup, words.describe)}
            focus={focus}
          />
        ))}
      </ul>
      {words.failed && <ReasonWordsFailure />}
    </>
  );
}
