// Form state for the manager: the draft is kept as typed (nothing is lost when a check fails),
// each field is checked as it is typed, and every message shows once the user tries to save.
import { useState } from 'preact/hooks';
import type { Errors } from '../lib/form-checks';

export interface Form<D extends Record<string, string>> {
  draft: D;
  set: (field: keyof D) => (value: string) => void;
  /** The message to show for a field: after it was typed in, or after a save attempt. */
  error(field: keyof D): string | null;
  /** Marks every field as shown; true when there is nothing to fix. */
  attempt(): boolean;
}

export function useForm<D extends Record<string, string>>(initial: D, validate: (d: D) => Errors): Form<D> {
  const [draft, setDraft] = useState(initial);
  const [touched, setTouched] = useState<Set<keyof D>>(new Set());
  const [attempted, setAttempted] = useState(false);
  const errors = validate(draft);
  return {
    draft,
    set: (field) => (value) => {
      setDraft((d) => ({ ...d, [field]: value }));
      setTouched((s) => (s.has(field) ? s : new Set(s).add(field)));
    },
    error: (field) => ((attempted || touched.has(field)) && errors[field as string]) || null,
    attempt: () => {
      setAttempted(true);
      return Object.keys(errors).length === 0;
    },
  };
}
