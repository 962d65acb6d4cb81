import { describe, expect, it } from 'vitest';
import { run } from '../../../test/fixture.js';

function modalityOf(text: string, head: string): string {
  const doc = run(text);
  const i = doc.clauses.findIndex((x) => doc.tokens[x.head].text === head);
  if (i < 0) throw new Error(`no clause headed by ${head}`);
  return doc.clauseModality[i];
}

describe('modality', () => {
  it.each([
    ['Rebels attacked the base.', 'attacked', 'asserted'],
    ['Rebels did not attack the base.', 'attack', 'negated'],
    ["Rebels didn't attack the base.", 'attack', 'negated'],
    ['Rebels never attacked the base.', 'attacked', 'negated'],
    ['Rebels failed to seize the base.', 'seize', 'negated'],
    ['Rebels will attack the base.', 'attack', 'future'],
    ['Rebels plan to attack the base.', 'attack', 'future'],
    ['This state is certain to become a training ground.', 'become', 'future'],
    ['Rebels could attack the base.', 'attack', 'hypothetical'],
    ['Rebels may attack the base.', 'attack', 'hypothetical'],
    ['Rebels want to attack the base.', 'attack', 'hypothetical'],
    ['If rebels attack the base, troops will respond.', 'attack', 'hypothetical'],
    ['If Obama had tried harder, he could have succeeded.', 'tried', 'counterfactual'],
    ['If Obama had tried harder, he could have succeeded.', 'succeeded', 'counterfactual'],
    ['The war would have ended.', 'ended', 'counterfactual'],
    ['Officials said rebels attacked the base.', 'attacked', 'asserted'],
    ['Obama faces pressure from Congress to help Iran.', 'help', 'hypothetical'],
    ['Mesa rejected a proposal from StatesWest to combine the two carriers.', 'combine', 'negated'],
    ['Israel used the support of the US to attack Gaza.', 'attack', 'asserted'],
    ['Gonzalez said he would prefer not to talk about the issue.', 'talk', 'negated'],
    ['Iran vowed not to release the sailors.', 'release', 'negated'],
    // an infinitive after an ordinary noun is a purpose or a role; after a noun like "effort" it is open
    ['Crossland retained three bankers to assist it.', 'assist', 'asserted'],
    ['The FBI joined Canadian authorities to investigate the shootings.', 'investigate', 'asserted'],
    ['Police have the authority to arrest him.', 'arrest', 'hypothetical'],
    ['Ministers approved a package of measures to help farmers.', 'help', 'hypothetical'],
    ['Proposals to require banks to inform the Bank were announced.', 'inform', 'hypothetical'],
    ['The Netherlands became the last country to ratify the treaty.', 'ratify', 'asserted'],
    ['People were pleased to see prices rising.', 'see', 'asserted'],
    ['Rebels made new efforts to seize the base.', 'seize', 'hypothetical'],
    ['It was difficult for Sun to meet demand.', 'meet', 'hypothetical'],
    ['NATO was the best tool to enforce a settlement.', 'enforce', 'hypothetical'],
  ])('%s → %s is %s', (text, head, want) => {
    expect(modalityOf(text, head)).toBe(want);
  });

  it('attributes a reported event to its speaker, and "according to" too', () => {
    const a = run('Rebels attacked the base, the Iraqi military said.');
    expect(a.events[0].attribution?.text).toBe('the Iraqi military');
    expect(a.events[0].attribution?.code).toBe('IRQMIL');
    const b = run('According to the UN, rebels attacked the base.');
    expect(b.events[0].attribution?.text).toBe('the UN');
  });
});

describe('negation in detail', () => {
  it.each([
    ['No one attacked the base.', 'attacked', 'negated'],
    ['Rebels may not attack the base.', 'attack', 'hypothetical'],
    ['Rebels would not attack the base.', 'attack', 'negated'],
    ['Rebels have not begun talks, and said they were ready.', 'said', 'asserted'],
    ['Troops could not stop the bullet that tore through the window.', 'tore', 'asserted'],
    ['Officials declined to comment, and said they had not seen the suit.', 'said', 'asserted'],
    ['His uncle vowed to continue the battle, and said the family might sue.', 'said', 'asserted'],
    ['Clinton vowed to find the bombers and bring them to justice.', 'bring', 'future'],
    ['The index closed at a level not seen since September.', 'seen', 'negated'],
    ['They signed agreements not to compete.', 'compete', 'negated'],
    ['Relatives are fighting to keep the boy in the country.', 'keep', 'hypothetical'],
    ['Cheney is considering urging Bush to act.', 'urging', 'hypothetical'],
    ['Holders avoided tendering their shares.', 'tendering', 'negated'],
    ['If holders avoid tendering their shares, they will get dividends.', 'tendering', 'hypothetical'],
    ['Relatives fought the ruling, arguing that the father had no standing.', 'arguing', 'asserted'],
    ['The court has two weeks to decide whether to hear the case.', 'hear', 'hypothetical'],
    ['The bankers assisted it in developing a plan.', 'developing', 'asserted'],
    ['The group studied the possibility of taking him abroad.', 'taking', 'hypothetical'],
    ['In order to accommodate Russia, NATO created a council.', 'accommodate', 'asserted'],
    ['The troops did not go there in order to fight.', 'fight', 'hypothetical'],
    ['Employees have gone back to work.', 'work', 'asserted'],
    ['Rebels are going to attack the base.', 'attack', 'future'],
    ['"Who attacked the convoy?" the minister asked.', 'attacked', 'hypothetical'],
    ['Rebels shelled the town.', 'shelled', 'asserted'],
    ['Americans will stay there until the crisis ends.', 'ends', 'future'],
    ['Officials postponed until Tuesday any action, which would allow troops to take the boy.', 'take', 'hypothetical'],
    ['Troops fled before the shooting started.', 'started', 'asserted'],
    ['Gonzalez wrote to Reno, demanding Elian be returned to him.', 'returned', 'hypothetical'],
    ['Funaro rejected a suggestion that his country seek IMF help.', 'seek', 'hypothetical'],
    ['Officials insisted that the troops withdrew last week.', 'withdrew', 'asserted'],
    ['He wrote, demanding Elian be returned and saying he did not recognize the court.', 'saying', 'asserted'],
  ])('%s → %s is %s', (text, head, want) => {
    expect(modalityOf(text, head)).toBe(want);
  });
});

describe('events called off', () => {
  it('marks an event noun that was cancelled or postponed as negated', async () => {
    const { modalityOfToken } = await import('./modality.js');
    const a = run('The summit was cancelled after the attack.');
    expect(modalityOfToken(a, a.tokens.findIndex((t) => t.text === 'summit'))).toBe('negated');
    const b = run('He spoke against the now-cancelled deal.');
    expect(modalityOfToken(b, b.tokens.findIndex((t) => t.text === 'deal'))).toBe('negated');
  });
});

/** The modality of the first token `word` in `text`. */
async function nounModality(text: string, word: string): Promise<string> {
  const { modalityOfToken } = await import('./modality.js');
  const doc = run(text);
  return modalityOfToken(doc, doc.tokens.findIndex((t) => t.text === word));
}

describe('event nouns under a modal or future', () => {
  it.each([
    ['The bombing will set back peace efforts.', 'bombing', 'asserted'],
    ['The court may delay its ruling on the appeal.', 'ruling', 'asserted'],
    ['Rebels may launch an attack.', 'attack', 'hypothetical'],
    ['Rebels may delay the planned offensive.', 'offensive', 'hypothetical'],
  ])('%s → %s is %s (a definite noun is presupposed)', async (text, word, want) => {
    expect(await nounModality(text, word)).toBe(want);
  });
});

describe('event nouns named as wanted or possible', () => {
  it.each([
    ['The plan requires shareholder approval.', 'approval', 'hypothetical'],
    ['Leaders called for the return of the refugees.', 'return', 'hypothetical'],
    ['Planning was built around the possibility of a ground assault.', 'assault', 'hypothetical'],
    ['He called the latest ruling outrageous.', 'ruling', 'asserted'],
    ['Troops repelled the invasion at the border.', 'invasion', 'asserted'],
  ])('%s → %s is %s', async (text, word, want) => {
    expect(await nounModality(text, word)).toBe(want);
  });
});

describe('nouns of possibility and of acts', () => {
  it.each([
    ['NATO was formed in reaction to the threat of the Soviet Union.', 'threat', 'asserted'],
    ['Investors weighed the risk of a default.', 'risk', 'hypothetical'],
    ['Officials are monitoring the possible arrival of his father.', 'arrival', 'hypothetical'],
    ['Thatcher might be receptive to any request for talks.', 'request', 'hypothetical'],
    ['Officials said any attack would be answered.', 'attack', 'hypothetical'],
    ['There have been a dozen attempted murders of doctors.', 'murders', 'hypothetical'],
    ['The quarter was terrible, and the future looks bleak.', 'quarter', 'asserted'],
  ])('%s → %s is %s', async (text, word, want) => {
    expect(await nounModality(text, word)).toBe(want);
  });
});

describe('questions', () => {
  it('asserts no event noun in a question', async () => {
    const { modalityOfToken } = await import('./modality.js');
    const doc = run('Was there an attack on the town?');
    expect(modalityOfToken(doc, doc.tokens.findIndex((t) => t.text === 'attack'))).toBe('hypothetical');
  });
});
