// What the background needs to shape values for this frame's sections: each field's type and shape
// (its kind of control, maxlength, placeholder, pattern, a select's options, whether it looks
// visible), never its value.
import type { FieldHint, SectionInfo } from '../../core/fill';
import type { FormModel } from '../detect';
import { kindOf, type Control } from '../detect/controls';
import { looksVisible } from './visibility';

const cut = (s: string, n: number) => s.slice(0, n);

/** A field's shape as the background reads it to format a value (all but its type and visibility). */
export function shapeOf(e: Control): Omit<FieldHint, 'type' | 'visible'> {
  const control = kindOf(e);
  return {
    control,
    // A select has no maxLength property.
    maxLength: Math.min((e as HTMLInputElement).maxLength ?? -1, 524288),
    placeholder: cut((e as HTMLInputElement).placeholder ?? '', 100),
    pattern: cut(e.getAttribute('pattern') ?? '', 300),
    ...(control === 'select' ? { options: Array.from((e as HTMLSelectElement).options, (o) => [cut(o.value, 100), cut(o.text.trim(), 100)] as [string, string]).slice(0, 400) } : {}),
  };
}

export function describeSections(m: FormModel): SectionInfo[] {
  return m.sections.slice(0, 50).map((s) => ({
    id: s.id,
    kind: s.kind,
    fields: s.fields.slice(0, 200).map(({ element: e, type }) => ({ type: type as FieldHint['type'], ...shapeOf(e), visible: looksVisible(e) })),
  }));
}
