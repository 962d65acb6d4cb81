import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { detectEnglish } from './language.js';

const SEED = '/work/shared/seed/000_bfba1ecb751b0907.txt';

const FRENCH =
  "L'armée irakienne a abandonné ses armes et a fui la ville de Mossoul mardi, tandis que des militants sunnites ont libéré des centaines de prisonniers et se sont emparés de bases militaires, de commissariats de police, de banques et du siège du gouverneur de la province. Le Premier ministre a déclaré l'état d'urgence.";
const GERMAN =
  'Soldaten der irakischen Armee haben am Dienstag ihre Waffen zurückgelassen und sind aus der nordirakischen Stadt Mossul geflohen, während sunnitische Extremisten Hunderte Gefangene befreiten. Was in der Stadt passiert ist, war so nicht vorhersehbar, sagen Beobachter in Bagdad.';
const ARABIC =
  'تخلى جنود الجيش العراقي عن أسلحتهم وفروا من مدينة الموصل شمال العراق يوم الثلاثاء، بينما أطلق مسلحون سنة سراح مئات السجناء واستولوا على قواعد عسكرية ومراكز للشرطة وبنوك ومقر المحافظ.';
const ENGLISH =
  'Iraqi army soldiers abandoned their weapons and fled the northern Iraqi city of Mosul on Tuesday, as Sunni militants freed hundreds of prisoners and seized military bases, police stations, banks and the provincial governor’s headquarters.';

describe('detectEnglish', () => {
  it('accepts English news prose', () => {
    const guess = detectEnglish(ENGLISH);
    expect(guess.english).toBe(true);
    expect(guess.score).toBeGreaterThan(0.25);
  });

  it.skipIf(!existsSync(SEED))('accepts the seed article', () => {
    expect(detectEnglish(readFileSync(SEED, 'utf8')).english).toBe(true);
  });

  it('rejects French, German and Arabic', () => {
    for (const text of [FRENCH, GERMAN, ARABIC]) {
      const guess = detectEnglish(text);
      expect(guess.english, text.slice(0, 30)).toBe(false);
      expect(guess.score).toBeLessThan(0.15);
    }
  });

  it('counts short texts as English unless their script says otherwise', () => {
    expect(detectEnglish('Mosul falls').english).toBe(true);
    expect(detectEnglish('Le 10 juin').english).toBe(true);
    expect(detectEnglish('2014-06-10 ...').english).toBe(true);
    expect(detectEnglish('الجيش العراقي ينسحب من الموصل').english).toBe(false);
    expect(detectEnglish('Армия покинула Мосул').english).toBe(false);
  });

  it('reads only the start of a long text', () => {
    const guess = detectEnglish(`${ENGLISH} `.repeat(200) + FRENCH.repeat(500));
    expect(guess.english).toBe(true);
  });
});
