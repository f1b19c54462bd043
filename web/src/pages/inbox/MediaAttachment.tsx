import { useEffect, useState } from 'react';
import { requestBlob } from '../../api';
import type { MessageMedia } from './inboxApi';

const API_PREFIX = '/api/v1';

const WHY_NOT: Record<string, string> = {
  pending: 'fetching…',
  too_large: 'too large to keep',
  rejected_type: 'a file type we do not keep',
  failed: 'could not be fetched',
};

/**
 * What a contact sent with their message: the picture, voice note, video or document itself once the worker has
 * stored it (fetched with the agent's token, shown from memory), otherwise what it was and why it cannot be opened.
 */
export function MediaAttachment({ media }: { media: MessageMedia }) {
  const [objectUrl, setObjectUrl] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    if (!media.url) return;
    let revoked = false;
    let url: string | null = null;
    requestBlob(media.url.startsWith(API_PREFIX) ? media.url.slice(API_PREFIX.length) : media.url)
      .then((blob) => {
        if (revoked) return;
        url = URL.createObjectURL(blob);
        setObjectUrl(url);
      })
      .catch(() => !revoked && setFailed(true));
    return () => {
      revoked = true;
      if (url) URL.revokeObjectURL(url);
    };
  }, [media.url]);

  if (media.status !== 'fetched' || failed) {
    const why = failed ? 'could not be loaded' : WHY_NOT[media.status] ?? media.status;
    return (
      <span className="bubble-media" data-testid="inbox-media" title={media.detail ?? undefined}>
        [{media.kind} · {why}]
      </span>
    );
  }
  if (!objectUrl) {
    return (
      <span className="bubble-media" data-testid="inbox-media">
        [{media.kind} · loading…]
      </span>
    );
  }
  switch (media.kind) {
    case 'image':
    case 'sticker':
      return <img className="bubble-image" data-testid="inbox-media" src={objectUrl} alt={`${media.kind} from the contact`} />;
    case 'audio':
      return <audio className="bubble-audio" data-testid="inbox-media" src={objectUrl} controls aria-label="Voice note from the contact" />;
    case 'video':
      return <video className="bubble-video" data-testid="inbox-media" src={objectUrl} controls aria-label="Video from the contact" />;
    default:
      return (
        <a className="bubble-media" data-testid="inbox-media" href={objectUrl} download={media.filename ?? 'document'}>
          Download {media.filename ?? 'document'}
          {media.sizeBytes !== null && ` (${Math.ceil(media.sizeBytes / 1024)} KB)`}
        </a>
      );
  }
}
