// Code-splitting for the manager's tabs: only the cards tab ships in the popup's first script;
// the others (with their country tables and chart code) load when opened, or just after the first
// screen has painted.
import type { ComponentType, FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from '../i18n';

export interface LazyView<P> extends FunctionComponent<P> {
  preload(): Promise<void>;
}

export function lazyView<P extends object>(load: () => Promise<ComponentType<P>>): LazyView<P> {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<void> | null = null;
  const preload = () =>
    (pending ??= load().then((c) => {
      loaded = c;
    }));
  const View = (props: P) => {
    const [, setReady] = useState(false);
    useEffect(() => {
      if (!loaded) void preload().then(() => setReady(true));
    }, []);
    if (!loaded) return <p class="hint">{t('loading')}</p>;
    const Loaded = loaded;
    return <Loaded {...props} />;
  };
  return Object.assign(View, { preload });
}
