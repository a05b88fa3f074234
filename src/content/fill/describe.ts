// What the background needs to shape values for this frame's sections: each field's type and shape
// (maxlength, placeholder, pattern, a select's options, a textarea or not, whether it looks visible),
// never its value.
import type { FieldHint, SectionInfo } from '../../core/fill';
import type { FormModel } from '../detect';
import { looksVisible } from './visibility';

const cut = (s: string, n: number) => s.slice(0, n);

export function describeSections(m: FormModel): SectionInfo[] {
  return m.sections.slice(0, 50).map((s) => ({
    id: s.id,
    kind: s.kind,
    fields: s.fields.slice(0, 200).map(({ element: e, type }) => ({
      type: type as FieldHint['type'],
      maxLength: e.tagName === 'SELECT' ? -1 : Math.min((e as HTMLInputElement).maxLength, 524288),
      placeholder: cut((e as HTMLInputElement).placeholder ?? '', 100),
      pattern: cut(e.getAttribute('pattern') ?? '', 300),
      multiline: e.tagName === 'TEXTAREA',
      visible: looksVisible(e),
      ...(e.tagName === 'SELECT' ? { options: Array.from((e as HTMLSelectElement).options, (o) => [cut(o.value, 100), cut(o.text.trim(), 100)] as [string, string]).slice(0, 400) } : {}),
    })),
  }));
}
