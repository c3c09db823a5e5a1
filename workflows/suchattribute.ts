// Typed keys of the custom search attributes registered from temporal.yaml.
import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';

export const KundennummerKey = defineSearchAttributeKey('Kundennummer', SearchAttributeType.KEYWORD);
export const BereichKey = defineSearchAttributeKey('Bereich', SearchAttributeType.KEYWORD);
export const DokumentartKey = defineSearchAttributeKey('Dokumentart', SearchAttributeType.KEYWORD);
export const KanalKey = defineSearchAttributeKey('Kanal', SearchAttributeType.KEYWORD);
export const DokumentstatusKey = defineSearchAttributeKey('Dokumentstatus', SearchAttributeType.KEYWORD);
export const PartnerIdKey = defineSearchAttributeKey('PartnerId', SearchAttributeType.KEYWORD);
