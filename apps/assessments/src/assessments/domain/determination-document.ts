import { Determination } from './eligibility';

const escape = (v: unknown) => String(v ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export interface DeterminationLetter {
  /** The carer's reference; the letter is merged with name and address where the register is kept. */
  carerReference: string;
  assessedOn: string;
  council: string;
  preventionAdvice?: string;
}

const DEFAULT_ADVICE = [
  'Your local carers service can give you information, advice and support, including peer support groups and training.',
  'Make an emergency plan with a carers emergency card, so the person you care for is looked after if you cannot be there.',
  'Tell your GP that you are a carer: you may be offered a health check, flexible appointments and a flu vaccination.',
  "You may be entitled to Carer's Allowance or other benefits; a benefits check is free.",
  'Ask again at any time if things change: you have the right to a new assessment.',
];

/**
 * The written record of the determination and its reasons (Care Act s13(2)); when no need is eligible, also the
 * written advice on what can be done to meet or reduce the needs and prevent or delay further needs (s13(5)).
 */
export function determinationDocument(d: Determination, letter: DeterminationLetter): string {
  const advice = letter.preventionAdvice ? [letter.preventionAdvice] : DEFAULT_ADVICE;
  return `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Your carer's assessment: our decision</title>
<style>body{font-family:Arial,sans-serif;max-width:48rem;margin:2rem auto;line-height:1.5;color:#0b0c0c}h1{font-size:1.6rem}</style></head>
<body>
<p>${escape(letter.council)}</p>
<h1>Your carer's assessment: our decision</h1>
<p>Carer reference: ${escape(letter.carerReference)}</p>
<p>Dear carer,</p>
<p>Thank you for taking part in your carer's assessment on ${escape(letter.assessedOn)}. This letter is our written record of whether your needs
for support are eligible, and why (Care Act 2014, section 13(2)).</p>
<h2>Our decision</h2>
<p><strong>${d.eligible ? 'Your needs for support are eligible.' : 'Your needs for support are not eligible.'}</strong></p>
<h2>Why</h2>
<p>We applied the three conditions of regulation 3 of the Care and Support (Eligibility Criteria) Regulations 2015.</p>
<ol>${d.reasons.map((r) => `<li>${escape(r)}</li>`).join('\n')}</ol>
${
  d.eligible
    ? '<h2>What happens next</h2><p>We will agree a support plan with you within 7 days, saying which needs will be met and how, and your personal budget.</p>'
    : `<h2>Advice and information (Care Act 2014, section 13(5))</h2><p>Although your needs are not eligible, these can help to meet or reduce them and to prevent or delay further needs:</p>
<ul>${advice.map((a) => `<li>${escape(a)}</li>`).join('\n')}</ul>`
}
<p>If you disagree with this decision, tell us and we will look at it again.</p>
</body></html>`;
}
