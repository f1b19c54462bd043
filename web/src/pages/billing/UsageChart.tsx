import type { Usage } from '../../api';
import { formatTokens, humanize } from '../../billing';

// Enough distinct colours for the modules an organisation uses; they repeat beyond that.
const PALETTE = ['#128c7e', '#0b6bcb', '#c77700', '#8e44ad', '#b42318', '#2e7d32', '#5b6770'];

interface Day {
  day: string;
  total: number;
  byModule: Map<string, number>;
}

/** Every day of the period, oldest first, with the tokens each module spent (no lines on a day: zero). */
function days(usage: Usage): Day[] {
  const result: Day[] = [];
  const index = new Map<string, Day>();
  const last = Date.parse(`${usage.to}T00:00:00Z`);
  for (let time = Date.parse(`${usage.from}T00:00:00Z`); time <= last; time += 86_400_000) {
    const day = { day: new Date(time).toISOString().slice(0, 10), total: 0, byModule: new Map<string, number>() };
    result.push(day);
    index.set(day.day, day);
  }
  for (const line of usage.data) {
    const day = index.get(line.day);
    if (!day) continue;
    day.total += line.tokens;
    day.byModule.set(line.module, (day.byModule.get(line.module) ?? 0) + line.tokens);
  }
  return result;
}

function shortDay(day: string): string {
  return new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
}

/** Tokens spent per day, stacked by module, as plain CSS bars; a table carries the same figures for screen readers. */
export function UsageChart({ usage }: { usage: Usage }) {
  const perDay = days(usage);
  const modules = [...new Set(usage.data.map((line) => line.module))].sort();
  const colour = (module: string) => PALETTE[modules.indexOf(module) % PALETTE.length];
  const highest = Math.max(0, ...perDay.map((day) => day.total));
  const moduleTotals = modules.map((module) => ({
    module,
    tokens: usage.data.filter((line) => line.module === module).reduce((sum, line) => sum + line.tokens, 0),
  }));

  return (
    <div data-testid="usage">
      <p className="muted">
        {shortDay(usage.from)} – {shortDay(usage.to)} (UTC): <strong data-testid="usage-total">{formatTokens(usage.total)}</strong> tokens spent.
      </p>
      {usage.data.length === 0 ? (
        <p className="muted" data-testid="usage-empty">
          No tokens were spent in this period.
        </p>
      ) : (
        <>
          <div className="usage-chart" aria-hidden="true">
            {perDay.map((day) => (
              <div key={day.day} className="usage-day" title={`${shortDay(day.day)}: ${formatTokens(day.total)} tokens`}>
                <div className="usage-bar" style={{ height: `${highest > 0 ? (day.total / highest) * 100 : 0}%` }}>
                  {modules
                    .filter((module) => day.byModule.has(module))
                    .map((module) => (
                      <span
                        key={module}
                        className="usage-segment"
                        style={{ flexGrow: day.byModule.get(module), background: colour(module) }}
                      />
                    ))}
                </div>
              </div>
            ))}
          </div>
          <div className="usage-axis" aria-hidden="true">
            <span>{shortDay(usage.from)}</span>
            <span>{shortDay(usage.to)}</span>
          </div>
          <ul className="usage-legend">
            {moduleTotals.map(({ module, tokens }) => (
              <li key={module}>
                <span className="usage-swatch" style={{ background: colour(module) }} aria-hidden="true" />
                {humanize(module)}: {formatTokens(tokens)}
              </li>
            ))}
          </ul>
          <table className="visually-hidden">
            <caption>Tokens spent per day and module</caption>
            <thead>
              <tr>
                <th scope="col">Day</th>
                <th scope="col">Module</th>
                <th scope="col">Tokens</th>
              </tr>
            </thead>
            <tbody>
              {usage.data.map((line) => (
                <tr key={`${line.day}-${line.module}-${line.action}`}>
                  <td>{line.day}</td>
                  <td>
                    {humanize(line.module)} ({humanize(line.action)})
                  </td>
                  <td>{formatTokens(line.tokens)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </div>
  );
}
