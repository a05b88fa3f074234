// What a save/update offer shows after a checkout was submitted: masked labels and the names of
// the fields that changed, never the values typed. Shared by the background, the offer frame and
// the popup.
import * as v from 'valibot';
import type { VaultState } from './types';

export const OFFER_CHOICES = ['save', 'notNow', 'never'] as const;
export type OfferChoice = (typeof OFFER_CHOICES)[number];
export const offerChoice = v.picklist(OFFER_CHOICES);
/** Which proposals of the offer the user ticked, by their keys; 'save' stores only these. At most
 * one proposal per submitted section, and content.submitted carries at most 50. */
export const offerPicks = v.pipe(v.array(v.pipe(v.string(), v.maxLength(300))), v.maxLength(50));

export interface ProposalView {
  /**
   * What exactly is proposed, stable while the vault is unchanged (`<section>:<action>:<kind>:<item
   * id>:<changes>`, no typed value): an answer names proposals by it, so a vault changed between
   * showing and answering can never make a tick save or update something the user did not see.
   */
  key: string;
  action: 'save' | 'update';
  kind: 'card' | 'address';
  /** Masked: "Visa •••• 4242, exp 08/29", "Ada Lovelace, Paris". */
  label: string;
  /** For an update: the item's field names that change (holder, expMonth, city…). */
  changes: string[];
}

export interface OfferView {
  id: string;
  /** The site the form was submitted on (an origin). */
  site: string;
  state: VaultState;
  /** Empty while the wallet is locked: the comparison needs the vault. */
  proposals: ProposalView[];
  expiresAt: number;
}

/** Message keys for what is offered (the offer frame and the popup say it the same way). */
export const PROPOSAL_KEYS = {
  save: { card: 'offerSaveCard', address: 'offerSaveAddress' },
  update: { card: 'offerUpdateCard', address: 'offerUpdateAddress' },
} as const;

/** Message keys for the names of the fields an update changes. */
export const FIELD_KEYS: Record<string, string> = {
  holder: 'offerFieldHolder', expiry: 'offerFieldExpiry', name: 'offerFieldName', organization: 'offerFieldOrganization',
  line2: 'offerFieldLine2', city: 'offerFieldCity', region: 'offerFieldRegion', country: 'offerFieldCountry',
  phone: 'offerFieldPhone', email: 'offerFieldEmail',
};
