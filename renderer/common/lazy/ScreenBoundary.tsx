import { Component, type ReactNode, Suspense, useEffect, useState } from 'react';
import { useTranslation } from '../../i18n/context.tsx';
import { Button } from '../../ui/Button.tsx';
import { EmptyState } from '../../ui/EmptyState.tsx';
import styles from './ScreenBoundary.module.css';

/** How long a chunk may take before the fallback says it is loading: below it, nothing flashes. */
const QUIET_MS = 500;

/**
 * Where a screen whose code is not there yet stands: an empty area that keeps the layout, and a
 * quiet "Loading…" only if the wait lasts (a first open before the idle prefetch, a slow disk).
 */
function Quiet() {
  const { t } = useTranslation();
  const [long, setLong] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setLong(true), QUIET_MS);
    return () => clearTimeout(timer);
  }, []);
  return (
    <div className={styles.waiting} aria-busy="true">
      {long && <p className={styles.loading}>{t('app.loading')}</p>}
    </div>
  );
}

function LoadFailed() {
  const { t } = useTranslation();
  return (
    <EmptyState
      title={t('app.loadFailed')}
      action={
        <Button variant="primary" onClick={() => window.location.reload()}>
          {t('app.reload')}
        </Button>
      }
    >
      <p role="alert">{t('app.loadFailedHint')}</p>
    </EmptyState>
  );
}

interface BoundaryProps {
  /** Where the user is: going elsewhere tries again. */
  at: string;
  children: ReactNode;
}

/** Catches a chunk that failed to load (files replaced by an update while the window was open). */
class LoadBoundary extends Component<BoundaryProps, { failed: boolean; at: string }> {
  override state = { failed: false, at: this.props.at };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  static getDerivedStateFromProps(props: BoundaryProps, state: { failed: boolean; at: string }) {
    return props.at === state.at ? null : { failed: false, at: props.at };
  }
  override render() {
    return this.state.failed ? <LoadFailed /> : this.props.children;
  }
}

/**
 * Around a part of the window whose code loads on first use (common/lazy/preloadable.tsx): a quiet
 * wait while it comes (or `fallback`: nothing, for a dialog), a way out if it never does.
 */
export function ScreenBoundary({
  at,
  fallback = <Quiet />,
  children,
}: BoundaryProps & { fallback?: ReactNode }) {
  return (
    <LoadBoundary at={at}>
      <Suspense fallback={fallback}>{children}</Suspense>
    </LoadBoundary>
  );
}
