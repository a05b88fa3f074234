// The one handler for `content.submitted`: a form the wallet understood was submitted. The receipt
// is recorded first, before anything else runs; then the offer to save or update what was typed.
import type { ContentRequest, ResponseMap } from '../../core/protocol';
import type { ContentSender } from '../router';

type Submitted = Extract<ContentRequest, { type: 'content.submitted' }>;

export interface SubmittedDeps {
  /** Records a receipt when the wallet filled this checkout (receipts.ts). */
  recordReceipt(sender: ContentSender, req: Submitted): Promise<unknown>;
  /** Offers to save or update the card and addresses typed, when new or changed (offers.ts). */
  offerSave(sender: ContentSender, sections: Submitted['sections']): Promise<void>;
}

export function makeSubmittedHandler(d: SubmittedDeps) {
  return async (sender: ContentSender, req: Submitted): Promise<ResponseMap['content.submitted']> => {
    await d.recordReceipt(sender, req);
    await d.offerSave(sender, req.sections);
    return null;
  };
}
