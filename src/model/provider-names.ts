/**
 * Names the provider derives from an availability zone's name (DOMAIN.md 0.2): the external network
 * of an AZ and the URL of its object storage endpoints.
 */

/** AZ names of the form `<region>-<n><letter>`, e.g. `europe-se-1a`. */
const AZ_NAME = /^(.+)-(\d+)([a-z])$/;

/**
 * The name of an AZ's first external network, following Binero's pattern
 * (`europe-se-1a` → `europe-se-1-1a-net0`); other names get `-net0` appended.
 */
export function defaultExternalNetworkName(azName: string): string {
  const m = AZ_NAME.exec(azName);
  if (!m) return `${azName}-net0`;
  const [, prefix, n, letter] = m;
  return `${prefix ?? ''}-${n ?? ''}-${n ?? ''}${letter ?? ''}-net0`;
}

/**
 * The URL of an AZ's object storage endpoint (DOMAIN.md 0.2): `https://object-eu-se-1a.binero.cloud`,
 * `-rep` for the replicated endpoint, Swift under `/swift/v1/AUTH_[PROJECT_ID]`. The host uses the
 * short region prefix (`europe-` → `eu-`).
 */
export function objectStorageUrl(azName: string, api: 's3' | 'swift', replicated: boolean): string {
  const short = azName.replace(/^europe-/, 'eu-');
  const host = `https://object-${short}${replicated ? '-rep' : ''}.binero.cloud`;
  return api === 'swift' ? `${host}/swift/v1/AUTH_[PROJECT_ID]` : host;
}
