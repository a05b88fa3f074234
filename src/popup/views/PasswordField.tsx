import { useId } from 'preact/hooks';

interface Props {
  label: string;
  value: string;
  onInput(value: string): void;
  autoFocus?: boolean;
  autoComplete: 'new-password' | 'current-password';
}

export function PasswordField({ label, value, onInput, autoFocus, autoComplete }: Props) {
  const id = useId();
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <input
        id={id}
        type="password"
        value={value}
        autoFocus={autoFocus}
        autoComplete={autoComplete}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
    </div>
  );
}
