// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { lazyPart } from './lazyPart';

afterEach(cleanup);

function Greeting({ name }: { name: string }) {
  return <p>Hello {name}</p>;
}

describe('lazyPart', () => {
  it('shows the fallback while loading, then the loaded component with its props; loads once', async () => {
    let finish: (c: typeof Greeting) => void = () => undefined;
    const load = vi.fn(() => new Promise<typeof Greeting>((resolve) => (finish = resolve)));
    const Part = lazyPart(load, 'greeting', <span>Loading the greeting</span>);
    const { rerender } = render(<Part name="Ada" />);
    expect(screen.getByText('Loading the greeting')).toBeTruthy();
    finish(Greeting);
    expect((await screen.findByText('Hello Ada')).tagName).toBe('P');
    expect(screen.queryByText('Loading the greeting')).toBeNull();
    rerender(<Part name="Grace" />);
    expect(screen.getByText('Hello Grace')).toBeTruthy();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('names the part in an alert when its chunk cannot be loaded', async () => {
    // React reports the caught error on the console; that is expected here.
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const Part = lazyPart<{ name: string }>(() => Promise.reject(new Error('Failed to fetch dynamically imported module')), 'share dialog');
    render(<Part name="Ada" />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('Faultline could not show the share dialog. Reload the page to try again; your design is kept.');
    quiet.mockRestore();
  });
});
