// Labelled form controls; a field's message is tied to it (aria-describedby) and announced.
import type { ComponentChildren } from 'preact';
import { useId, useLayoutEffect, useRef } from 'preact/hooks';
import { t } from '../i18n';

interface Common {
  label: string;
  error?: string | null | undefined;
  hint?: string;
}

function Message({ id, error, hint }: { id: string; error?: string | null | undefined; hint?: string | undefined }) {
  // Always present and polite (not an alert): it changes as the user types, and a live region is
  // only announced when it existed before its text changed.
  return (
    <p id={id} class={error ? 'field-error' : 'hint'} aria-live="polite">
      {error ? t(error) : (hint ?? '')}
    </p>
  );
}

export function TextField(p: Common & { value: string; onInput(v: string): void; type?: 'text' | 'email' | 'tel' | 'date' | 'search'; autoComplete?: string; inputMode?: 'numeric' | 'decimal' | 'email' | 'tel'; maxLength?: number; autoFocus?: boolean; placeholder?: string }) {
  const id = useId();
  const ref = useRef<HTMLInputElement>(null);
  // The autofocus attribute works only at page load; forms here open later. Focused as the form is
  // put in, before it is drawn (a layout effect): keys typed as soon as it shows never land in
  // another field when the focus moves a frame later.
  useLayoutEffect(() => {
    if (p.autoFocus) ref.current?.focus();
  }, []);
  return (
    <div class="field">
      <label for={id}>{p.label}</label>
      <input
        ref={ref}
        id={id}
        type={(p.type ?? 'text') as 'text'}
        value={p.value}
        autoComplete={p.autoComplete ?? 'off'}
        inputMode={p.inputMode}
        maxLength={p.maxLength}
        placeholder={p.placeholder}
        aria-invalid={p.error ? 'true' : undefined}
        aria-describedby={`${id}-m`}
        onInput={(e) => p.onInput(e.currentTarget.value)}
      />
      <Message id={`${id}-m`} error={p.error} hint={p.hint} />
    </div>
  );
}

export function SelectField(p: Common & { value: string; onChange(v: string): void; options: [string, string][] }) {
  const id = useId();
  return (
    <div class="field">
      <label for={id}>{p.label}</label>
      <select id={id} value={p.value} aria-invalid={p.error ? 'true' : undefined} aria-describedby={`${id}-m`} onChange={(e) => p.onChange(e.currentTarget.value)}>
        {p.options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
      <Message id={`${id}-m`} error={p.error} hint={p.hint} />
    </div>
  );
}

export function CheckField({ label, checked, onChange }: { label: string; checked: boolean; onChange(v: boolean): void }) {
  return (
    <label class="check">
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.currentTarget.checked)} />
      {label}
    </label>
  );
}

export function Row({ children }: { children: ComponentChildren }) {
  return <div class="row">{children}</div>;
}
