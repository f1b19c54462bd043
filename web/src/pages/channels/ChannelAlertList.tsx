import { useState } from 'react';
import { formatDateTime } from '../../billing';
import { markChannelAlertRead, useChannelAlerts } from '../../channelAlerts';
import { Link } from '../../router';
import '../../messaging.css';

/**
 * The organisation's unread alerts about its numbers (a refused access token, a suspended sender), each with a way
 * to mark it read. Shows nothing when all is well, or to members who cannot act on them.
 */
export function ChannelAlertList({ linkToChannels = false }: { linkToChannels?: boolean }) {
  const { unread, error, allowed } = useChannelAlerts();
  const [markError, setMarkError] = useState<string | null>(null);
  const [marking, setMarking] = useState<string | null>(null);

  if (!allowed) return null;

  async function markRead(id: string) {
    setMarking(id);
    try {
      await markChannelAlertRead(id);
      setMarkError(null);
    } catch (failure) {
      setMarkError(failure instanceof Error ? failure.message : 'Could not mark the alert read.');
    } finally {
      setMarking(null);
    }
  }

  if (unread.length === 0 && !error && !markError) return null;

  return (
    <section className="channel-alerts" aria-labelledby="channel-alerts-title" data-testid="channel-alerts">
      <h2 id="channel-alerts-title" className="sr-only">
        Channel alerts
      </h2>
      {error && (
        <div className="alert alert-error" role="alert">
          Could not load the channel alerts: {error}
        </div>
      )}
      {markError && (
        <div className="alert alert-error" role="alert">
          {markError}
        </div>
      )}
      {unread.map((alert) => (
        <div key={alert.id} className="alert alert-warning channel-alert" role="alert" data-testid="channel-alert">
          <div>
            <strong>{alert.title}</strong>
            <p>{alert.message}</p>
            <p className="channel-alert-meta">
              {formatDateTime(alert.createdAt)}
              {linkToChannels && (
                <>
                  {' · '}
                  <Link to="/channels">Go to channels</Link>
                </>
              )}
            </p>
          </div>
          <button
            type="button"
            className="button button-secondary button-small"
            disabled={marking === alert.id}
            onClick={() => void markRead(alert.id)}
            aria-label={`Mark read: ${alert.title}`}
          >
            Mark read
          </button>
        </div>
      ))}
    </section>
  );
}
