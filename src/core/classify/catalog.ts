import type { BuiltinClauseTypeId, ClauseTypeInfo } from '../types';
import { BUILTIN_TYPE_IDS } from '../types';

type CatalogEntry = Omit<ClauseTypeInfo, 'id' | 'builtin'>;

/**
 * The built-in clause type catalog as data: one title, one-sentence description (shown in hovers)
 * and a distinct default colour per built-in type id. Meanings follow CUAD where CUAD has the category.
 */
const CATALOG: Readonly<Record<BuiltinClauseTypeId, CatalogEntry>> = {
  exclusivity: {
    title: 'Exclusivity',
    description: 'Grants or requires exclusive dealing: exclusive rights, sole supplier or requirements commitments, or a ban on dealing with third parties.',
    color: '#e6194b',
  },
  agi: {
    title: 'AGI',
    description: 'Deals with artificial general intelligence (AGI): its definition, who declares or verifies it, and rights that change or end when it is reached.',
    color: '#911eb4',
  },
  'revenue-share': {
    title: 'Revenue / profit share',
    description: 'Requires one party to share revenue or profit with the other, such as royalties, a percentage of sales or a commission.',
    color: '#3cb44b',
  },
  'effective-date': {
    title: 'Effective date',
    description: 'States the date on which the contract becomes effective.',
    color: '#4363d8',
  },
  'expiration-date': {
    title: 'Expiration date',
    description: 'States when the initial term of the contract ends.',
    color: '#f58231',
  },
  'renewal-term': {
    title: 'Renewal term',
    description: 'Provides for renewal or extension of the term after the initial term, automatically or at a party\'s option.',
    color: '#42d4f4',
  },
  'notice-period': {
    title: 'Notice period to terminate renewal',
    description: 'Sets the notice a party must give to prevent an automatic renewal (non-renewal notice).',
    color: '#f032e6',
  },
  'license-grant': {
    title: 'License grant',
    description: 'Grants a licence (or sublicence) from one party to the other to use intellectual property.',
    color: '#bfef45',
  },
  'perpetual-license': {
    title: 'Irrevocable or perpetual license',
    description: 'Grants a licence that is irrevocable or perpetual.',
    color: '#469990',
  },
  'termination-for-convenience': {
    title: 'Termination for convenience',
    description: 'Lets a party terminate without cause, simply by giving notice.',
    color: '#9a6324',
  },
  'change-of-control': {
    title: 'Change of control',
    description: 'Gives rights (termination, consent, notice) when a party undergoes a change of control, merger or sale of substantially all assets.',
    color: '#800000',
  },
  'governing-law': {
    title: 'Governing law',
    description: 'Chooses the law that governs the contract (and often the forum for disputes).',
    color: '#808000',
  },
  'first-refusal': {
    title: 'Right of first refusal / offer / negotiation',
    description: 'Gives a party a right of first refusal, first offer or first negotiation before the other deals with third parties.',
    color: '#000075',
  },
  'most-favored-nation': {
    title: 'Most favoured nation',
    description: 'Promises terms at least as favourable as those given to any third party.',
    color: '#aaffc3',
  },
  'non-compete': {
    title: 'Non-compete',
    description: 'Restricts a party from competing with the other, or from operating in a field, territory or period.',
    color: '#ffd8b1',
  },
  'anti-assignment': {
    title: 'Anti-assignment',
    description: 'Requires consent or notice before a party may assign or transfer the contract.',
    color: '#fabed4',
  },
  'ip-ownership': {
    title: 'IP ownership',
    description: 'Allocates ownership of intellectual property, such as the assignment of inventions or work product to a party.',
    color: '#dcbeff',
  },
  'minimum-commitment': {
    title: 'Minimum commitment',
    description: 'Sets a minimum order, purchase, volume or spend a party must meet.',
    color: '#fffac8',
  },
  'liability-cap': {
    title: 'Cap on liability',
    description: 'Caps the amount of damages a party can be liable for.',
    color: '#a9a9a9',
  },
  'cloud-provider': {
    title: 'Cloud / hosting provider',
    description: 'Designates a party as cloud, compute or hosting provider, such as primary or exclusive cloud provider rights.',
    color: '#1f77b4',
  },
  equity: {
    title: 'Equity stake',
    description: 'Grants, issues or describes an equity stake, shares or ownership percentage in a party.',
    color: '#17becf',
  },
};

/** The built-in clause types in the order of `BUILTIN_TYPE_IDS`. */
export const BUILTIN_TYPES: readonly ClauseTypeInfo[] = Object.freeze(
  BUILTIN_TYPE_IDS.map((id) => Object.freeze({ id, builtin: true, ...CATALOG[id] })),
);

const BY_ID: ReadonlyMap<string, ClauseTypeInfo> = new Map(BUILTIN_TYPES.map((t) => [t.id, t]));

export function getTypeInfo(id: string): ClauseTypeInfo | undefined {
  return BY_ID.get(id);
}
