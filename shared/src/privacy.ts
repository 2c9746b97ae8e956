import { Type, type Static } from '@sinclair/typebox';

const NullableString = Type.Union([Type.String(), Type.Null()]);

/** What the privacy page needs from the operator's configuration (GDPR Art. 13): `GET /api/privacy-info`. */
export const PrivacyInfo = Type.Object({
  controller: Type.Object({ name: NullableString, address: NullableString, email: NullableString }),
  dpoEmail: NullableString,
  /** Months after which the personal link of past bookings is anonymised. */
  retentionMonths: Type.Integer(),
  /** Days sent e-mails and webhook deliveries are kept. */
  messageRetentionDays: Type.Integer(),
  /** Days a failed-login or registration counter is kept. */
  throttleWindowMinutes: Type.Integer(),
});
export type PrivacyInfo = Static<typeof PrivacyInfo>;

/** The provider's details for the imprint page (§ 5 DDG, § 18 MStV): `GET /api/imprint`; null = not configured. */
export const Imprint = Type.Object({
  name: NullableString,
  address: NullableString,
  representative: NullableString,
  email: NullableString,
  phone: NullableString,
  vatId: NullableString,
  contentResponsible: NullableString,
});
export type Imprint = Static<typeof Imprint>;
