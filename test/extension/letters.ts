// Synthetic letters for the adapter tests (fictional worker, invented sentences, the real layout).

export const CONTRADICTORY_LETTER = [
  'Case Number:          CM99-0000001',          // 0
  'Date Assigned:        04/02/2015',            // 1
  'UR Denial Date:       03/20/2015',            // 2
  '',                                            // 3
  'HOW THE IMR FINAL DETERMINATION WAS MADE',    // 4
  'MAXIMUS Federal Services sent the case file to an expert reviewer. The expert reviewer is Board',
  'Certified in Family Medicine and is licensed to practice in Oregon. The reviewer was chosen for',
  'clinical experience in treating the condition.', // 7
  '',                                            // 8
  'CLINICAL CASE SUMMARY',                       // 9
  'The injured worker is a 47-year-old female who was injured on January 5, 2013. She reports',
  'neck pain. Requests for Norco and a cervical pillow were denied on March 20, 2015.', // 11
  '',                                            // 12
  'IMR ISSUES, DECISIONS AND RATIONALES',        // 13
  'The Final Determination was based on decisions for the disputed items/services set forth below:',
  '',                                            // 15
  'Norco 10/325mg #90:  Upheld',                 // 16
  'Claims Administrator guideline: Decision based on MTUS Chronic Pain Treatment Guidelines Opioids',
  'Page(s): 74-78.',                             // 18
  'MAXIMUS guideline: Decision based on MTUS Chronic Pain Treatment Guidelines Opioids Page(s): 74-78.',
  'Decision rationale: Ongoing opioid use requires documented functional gains, which are absent.',
  'Therefore, the request for Norco is not medically necessary.', // 21
  '',                                            // 22
  'Cervical pillow:  Overturned',                // 23
  'Claims Administrator guideline: Decision based on Non-MTUS Official Disability Guidelines (ODG).',
  'MAXIMUS guideline: Decision based on Non-MTUS Official Disability Guidelines (ODG) Neck Chapter.',
  'Decision rationale: A pillow is recommended only with a home exercise program, which is not',
  'documented. Therefore, the request for a cervical pillow is not medically necessary.', // 27
  '',
].join('\n');
