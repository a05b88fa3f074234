// The edit and delete links every list entry of the manager carries, named after the entry for
// screen readers ("Edit: Visa •••• 4242").
import { t } from '../i18n';

export function EditDeleteButtons({ label, onEdit, onDelete }: { label: string; onEdit(): void; onDelete(): void }) {
  return (
    <>
      <button type="button" class="link" onClick={onEdit} aria-label={`${t('edit')}: ${label}`}>
        {t('edit')}
      </button>
      <button type="button" class="link danger" onClick={onDelete} aria-label={`${t('delete')}: ${label}`}>
        {t('delete')}
      </button>
    </>
  );
}
