// Keeps a failing region from blanking the page: it shows what broke and a retry; the rest keeps working.
import { Component, type ReactNode } from 'react';
import { fill, useMessages, type Messages } from './i18n';

const MESSAGES: Messages<'failed' | 'retry'> = {
  en: { failed: '{label} failed: {error}', retry: 'Retry' },
  zh: { failed: '{label}出错：{error}', retry: '重试' },
};

interface Props {
  label: string;
  children: ReactNode;
  /** Runs before the children render again, e.g. to re-import a code chunk that failed to load. */
  onRetry?: () => void;
}

interface State {
  error: Error | null;
}

/** The error report as a function component: a class boundary cannot use the language hook itself. */
function RegionError({
  label,
  error,
  onRetry,
}: {
  label: string;
  error: Error;
  onRetry: () => void;
}) {
  const t = useMessages(MESSAGES);
  return (
    <div role="alert" className="region-error">
      <p>{fill(t.failed, { label, error: error.message })}</p>
      <button type="button" onClick={onRetry}>
        {t.retry}
      </button>
    </div>
  );
}

export class RegionBoundary extends Component<Props, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <RegionError
        label={this.props.label}
        error={error}
        onRetry={() => {
          this.props.onRetry?.();
          this.setState({ error: null });
        }}
      />
    );
  }
}
