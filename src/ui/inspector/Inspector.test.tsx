// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ActionsProvider } from '../../actions/ActionsProvider';
import { resourceId } from '../../model/ids';
import { findResource } from '../../model/placement';
import { sample } from '../../model/testFixtures';
import { DesignStoreProvider } from '../../store/context';
import { createDesignStore, type DesignStore } from '../../store/designStore';
import { Inspector } from './Inspector';

const ui = { openLibrary: () => undefined, openShortcutSheet: () => undefined, notify: () => undefined };

function setup(selected: string[], connections: string[] = []): DesignStore {
  const store = createDesignStore(sample());
  store.getState().select({ resources: selected.map(resourceId), connections });
  render(
    <DesignStoreProvider store={store}>
      <ActionsProvider ui={ui}>
        <Inspector />
      </ActionsProvider>
    </DesignStoreProvider>,
  );
  return store;
}

function type(label: string, text: string) {
  const input = screen.getByLabelText(label);
  fireEvent.change(input, { target: { value: text } });
  fireEvent.blur(input);
}

const subnet = (store: DesignStore, id: string) => findResource(store.getState().file.design, resourceId(id));

afterEach(cleanup);

describe('inspector', () => {
  it('refuses an invalid CIDR with a message and commits a valid one as one undo step', () => {
    const store = setup(['s2']);
    type('CIDR', '10.0.2.7/24');
    expect(screen.getByRole('alert').textContent).toBe('Host bits are set; the network address is 10.0.2.0/24.');
    expect(screen.getByLabelText('CIDR').getAttribute('aria-invalid')).toBe('true');
    expect(store.getState().history.past).toHaveLength(0);

    type('CIDR', '10.0.9.0/24');
    expect(screen.queryByRole('alert')).toBeNull();
    // The gateway was the first host, so it follows the block.
    expect(subnet(store, 's2')).toMatchObject({ cidr: '10.0.9.0/24', gatewayIp: '10.0.9.1' });
    expect(store.getState().history.past.map((h) => h.label)).toEqual(['Change CIDR of s2']);
  });

  it('refuses a gateway outside the CIDR and renames on Enter', () => {
    const store = setup(['s1']);
    type('Gateway IP', '10.0.3.1');
    expect(screen.getByRole('alert').textContent).toBe('10.0.3.1 is outside the subnet 10.0.1.0/24; pick an address inside it, such as 10.0.1.1.');
    const name = screen.getByLabelText('Name');
    fireEvent.change(name, { target: { value: 'web-subnet' } });
    fireEvent.keyDown(name, { key: 'Enter' });
    expect(subnet(store, 's1')?.name).toBe('web-subnet');
    expect(store.getState().history.past.map((h) => h.label)).toEqual(['Rename s1 to web-subnet']);
  });

  it('edits router zone hints and static routes', () => {
    const store = setup(['rB']);
    fireEvent.click(screen.getByLabelText('europe-se-1a (europe-se-1)'));
    expect(findResource(store.getState().file.design, resourceId('rB'))).toMatchObject({ availabilityZoneHints: ['europe-se-1a', 'europe-se-1b'] });
    fireEvent.change(screen.getByLabelText('New route: destination'), { target: { value: '10.0.1.0/24' } });
    fireEvent.change(screen.getByLabelText('New route: next hop'), { target: { value: '10.255.0.300' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add route' }));
    expect(screen.getByRole('alert').textContent).toMatch(/^“10.255.0.300” is not an IPv4 address/);
    fireEvent.change(screen.getByLabelText('New route: next hop'), { target: { value: '10.255.0.1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add route' }));
    expect(findResource(store.getState().file.design, resourceId('rB'))).toMatchObject({ routes: [{ destinationCidr: '10.0.1.0/24', nextHop: '10.255.0.1' }] });
    expect(store.getState().history.past.map((h) => h.label)).toEqual(['Change zone hints of rB', 'Change static routes of rB']);
  });

  it('keeps a member weight within 1 to 256', () => {
    const store = setup(['m1']);
    type('Weight', '300');
    expect(screen.getByRole('alert').textContent).toBe('Weight must be from 1 to 256; 300 is out of range.');
    type('Weight', '3');
    expect(findResource(store.getState().file.design, resourceId('m1'))).toMatchObject({ weight: 3 });
  });

  it('edits the failover group of a dependency', () => {
    const store = setup([], ['dep']);
    type('Failover group', 'db');
    expect(store.getState().file.design.relations.find((r) => r.id === 'dep')).toMatchObject({
      failoverGroup: { group: 'db', order: 0, failover: 'automatic' },
    });
    expect(store.getState().history.past.map((h) => h.label)).toEqual(['Change failover group of Depends on web-1 → db-1']);
  });

  it('shows a count and common actions for several resources', () => {
    setup(['web-1', 'db-1', 'rA']);
    expect(screen.getByText('3 selected')).toBeTruthy();
    expect(screen.getByText('2 instances')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Duplicate' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Delete the selection' })).toBeTruthy();
  });
});
