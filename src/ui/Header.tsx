/** Props of {@link Header}. */
export interface HeaderProps {
  /** The name of the open design. */
  designName: string;
}

/** The top bar: product name and the name of the open design. */
export function Header({ designName }: HeaderProps) {
  return (
    <header className="app-header">
      <span className="app-brand">
        <img className="app-brand-mark" src="/favicon.svg" alt="" width={20} height={20} />
        Faultline
      </span>
      <span className="app-header-divider" aria-hidden="true" />
      <h1 className="app-design-name" data-testid="design-name">
        {designName}
      </h1>
    </header>
  );
}
