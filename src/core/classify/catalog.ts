import type { BuiltinClauseTypeId, ClauseTypeInfo } from '../types';
import { BUILTIN_TYPE_IDS } from '../types';

/**
 * The built-in clause type catalog as data: one title, one-sentence description (shown in hovers)
 * and a distinct default colour per built-in type id. Meanings follow CUAD where CUAD has the category.
 */
const CATALOG: Readonly<Record<BuiltinClauseTypeId, readonly [title: string, description: string, color: string]>> = {
  exclusivity: ['Exclusivity', 'Grants or requires exclusive dealing: exclusive rights, sole supplier or requirements commitments, or a ban on dealing with third parties.', '#e6194b'],
  agi: ['AGI', 'Deals with artificial general intelligence (AGI): its definition, who declares or verifies it, and rights that change or end when it is reached.', '#911eb4'],
  'revenue-share': ['Revenue / profit share', 'Requires one party to share revenue or profit with the other, such as royalties, a percentage of sales or a commission.', '#3cb44b'],
  'effective-date': ['Effective date', 'States the date on which the contract becomes effective.', '#4363d8'],
  'expiration-date': ['Expiration date', 'States when the initial term of the contract ends.', '#f58231'],
  'renewal-term': ['Renewal term', 'Provides for renewal or extension of the term after the initial term, automatically or at a party\'s option.', '#42d4f4'],
  'notice-period': ['Notice period to terminate renewal', 'Sets the notice a party must give to prevent an automatic renewal (non-renewal notice).', '#f032e6'],
  'license-grant': ['License grant', 'Grants a licence (or sublicence) from one party to the other to use intellectual property.', '#bfef45'],
  'perpetual-license': ['Irrevocable or perpetual license', 'Grants a licence that is irrevocable or perpetual.', '#469990'],
  'termination-for-convenience': ['Termination for convenience', 'Lets a party terminate without cause, simply by giving notice.', '#9a6324'],
  'change-of-control': ['Change of control', 'Gives rights (termination, consent, notice) when a party undergoes a change of control, merger or sale of substantially all assets.', '#800000'],
  'governing-law': ['Governing law', 'Chooses the law that governs the contract (and often the forum for disputes).', '#808000'],
  'first-refusal': ['Right of first refusal / offer / negotiation', 'Gives a party a right of first refusal, first offer or first negotiation before the other deals with third parties.', '#000075'],
  'most-favored-nation': ['Most favoured nation', 'Promises terms at least as favourable as those given to any third party.', '#aaffc3'],
  'non-compete': ['Non-compete', 'Restricts a party from competing with the other, or from operating in a field, territory or period.', '#ffd8b1'],
  'anti-assignment': ['Anti-assignment', 'Requires consent or notice before a party may assign or transfer the contract.', '#fabed4'],
  'ip-ownership': ['IP ownership', 'Allocates ownership of intellectual property, such as the assignment of inventions or work product to a party.', '#dcbeff'],
  'minimum-commitment': ['Minimum commitment', 'Sets a minimum order, purchase, volume or spend a party must meet.', '#fffac8'],
  'liability-cap': ['Cap on liability', 'Caps the amount of damages a party can be liable for.', '#a9a9a9'],
  'cloud-provider': ['Cloud / hosting provider', 'Designates a party as cloud, compute or hosting provider, such as primary or exclusive cloud provider rights.', '#1f77b4'],
  equity: ['Equity stake', 'Grants, issues or describes an equity stake, shares or ownership percentage in a party.', '#17becf'],
};

/** The built-in clause types in the order of `BUILTIN_TYPE_IDS`. */
export const BUILTIN_TYPES: readonly ClauseTypeInfo[] = Object.freeze(
  BUILTIN_TYPE_IDS.map((id) => {
    const [title, description, color] = CATALOG[id];
    return Object.freeze({ id, builtin: true, title, description, color });
  }),
);

const BY_ID: ReadonlyMap<string, ClauseTypeInfo> = new Map(BUILTIN_TYPES.map((t) => [t.id, t]));

export const getTypeInfo = (id: string): ClauseTypeInfo | undefined => {
  return BY_ID.get(id);
};
