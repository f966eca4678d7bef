import { EnumField, OptionalEnum } from '@app/platform';

/** `?format=pdf` (default) or `docx` (to edit before signing). */
export class PrintFormatQuery {
  @OptionalEnum(['pdf', 'docx'], { default: 'pdf' })
  format?: 'pdf' | 'docx';
}

/** `?format=json` (default) or `pdf` (the document in the form of Nghị định 30/2020). */
export class JsonOrPdfQuery {
  @OptionalEnum(['json', 'pdf'], { default: 'json' })
  format?: 'json' | 'pdf';
}

/** Who signs the decision now: the competent person (first) or the agency (second). */
export class SignDecisionDto {
  @EnumField(['PERSON', 'AGENCY'], { enumName: 'DecisionSigner' })
  as: 'PERSON' | 'AGENCY';
}
