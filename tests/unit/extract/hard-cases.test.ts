import { describe, expect, it } from 'vitest';
import { articleText, detectLanguage, extract } from '../../../src/extract/index.js';

const countries = (body: string, lang: string, publishedAt = '2024-06-18') =>
  extract({ body, lang, publishedAt }).countries.map((c) => c.iso3);
const leaders = (body: string, lang: string, publishedAt = '2024-06-18') =>
  extract({ body, lang, publishedAt }).leaders.map((l) => [l.id, l.country, l.role]);
/** Each leader with the texts of its mentions, in order. */
const mentionTexts = (body: string, lang: string, publishedAt: string) =>
  extract({ body, lang, publishedAt }).leaders.map((l) => [l.id, l.mentions.map((m) => m.text)]);

describe('countries: inflection, compounds, demonyms', () => {
  it.each([
    ['is', 'Hann ræddi við Rússa og Norður-Kóreumenn.', ['RUS', 'PRK']],
    ['is', 'Rússlandsforseti kom til N-Kóreu.', ['RUS', 'PRK']],
    ['is', 'Samningurinn var undirritaður í Þýskalandi af Bandaríkjamönnum.', ['DEU', 'USA']],
    ['is', 'Hópur norðurkóreskra hermanna er í Úkraínu.', ['PRK', 'UKR']],
    // The short forms the press writes, not only the official names.
    ['is', 'Stríðinu í Bosníu er lokið en hundrað fórust á Maldíveyjum.', ['BIH', 'MDV']],
    ['is', 'Herinn tók völdin á Fídjieyjum og Tsjadbúar mótmæltu í Tsjad.', ['FJI', 'TCD']],
    // Peoples by their plural nouns, not only by adjectives.
    ['is', 'Ísraelar og Jemenar deildu en Katarar og Kúveitar miðluðu málum.', ['ISR', 'YEM', 'QAT', 'KWT']],
    ['is', 'Jórdanir, Litháar, Albanar og Filippseyingar mótmæltu.', ['JOR', 'LTU', 'ALB', 'PHL']],
    ['is', 'Íranir, Tyrkir og Grikkir deila; Sádar þegja.', ['IRN', 'TUR', 'GRC', 'SAU']],
    [
      'is',
      'Kýpverjar, Taílendingar, Súdanar og Mongólar mótmæltu Tyrkjum.',
      ['CYP', 'THA', 'SDN', 'MNG', 'TUR'],
    ],
    [
      'de',
      'Auch Brunei und Kirgistan erheben Ansprüche, die mazedonische Regierung nicht.',
      ['BRN', 'KGZ', 'MKD'],
    ],
    // The adjective's bare form (neuter plural, feminine singular) has no ending.
    ['is', 'Egypsk stjórnvöld lokuðu landamærunum.', ['EGY']],
    ['de', 'Russlands Armee und die russische Marine kämpfen gegen die Ukraine.', ['RUS', 'UKR']],
    ['de', 'Die Russen lehnen eine Russlandreise des US-Präsidenten ab.', ['RUS', 'USA']],
    [
      'en',
      "Russia's ally Belarus sent troops; the Belarusians and the Americans disagree.",
      ['RUS', 'BLR', 'USA'],
    ],
  ])('%s: %s', (lang, body, expected) => {
    expect(countries(body, lang)).toEqual(expected);
  });
});

describe('countries: what must not match', () => {
  it.each([
    ['de', 'Der Kompromiss wurde im Deutschlandfunk kritisiert.', []],
    ['en', 'Air France and British Airways cancelled flights, China Daily reported.', []],
    ['en', 'Shares in Saudi Aramco and Royal Dutch Shell fell, the Times of India said.', []],
    ['en', 'The Chinese Air Force flew over the strait.', ['CHN']],
    ['de', 'Air France und Turkish Airlines strichen Flüge.', []],
    ['is', 'Flugfélag Íslands og Air France aflýstu flugi.', []],
    ['de', 'Deutschland stimmte zu, sagte der Kanzler im Deutschlandfunk.', ['DEU']],
    ['is', 'Kóreuskaginn er skiptur í tvennt.', []],
    ['is', 'Fátækt er mikil í Rómönsku Ameríku og Mið-Ameríku.', []],
    ['is', 'Fréttin birtist fyrst á mbl.is í morgun.', []],
    ['en', 'We ate turkey with cranberry sauce at Christmas.', []],
    ['en', 'Turkey and cranberry sauce were served at Christmas.', []],
    ['en', 'Chad Johnson and Jordan Fuller are analysts in Atlanta.', []],
    ['en', 'Michael Jordan played in Chicago.', []],
    ['en', 'The governor of Georgia spoke in Atlanta about the Senate race.', []],
    ['en', 'Clinton campaigned from Georgia to Oregon before the primaries.', []],
    ['is', 'Biden er með nauma forystu í Pennsylvaníu og Georgíu.', []],
    ['is', 'Rússneskar hersveitir réðust inn í Georgíu.', ['RUS', 'GEO']],
    ['en', 'Russian troops moved deeper into Georgia on Tuesday.', ['RUS', 'GEO']],
    ['is', 'Eva, prófessor við Háskóla Íslands, segir niðurstöðuna skýra.', []],
    ['is', 'Hún starfar hjá Hagstofu Íslands. Forseti Íslands fundaði í gær.', ['ISL']],
    ['en', 'Protesters marched in Tbilisi, the capital of Georgia.', ['GEO']],
    ['en', 'Tell us what you think.', []],
    // A wire story's credits in brackets are no content (Tashkent, "Irish").
    [
      'en',
      'Talks resumed.\n\n(Reporting by John Irish in Paris; Additional reporting by Jane Roe in Tashkent; Editing by Mark Heinrich)',
      [],
    ],
    ['en', "Argentina is Latin America's third-largest economy.", ['ARG']],
    // A possessive ends a name: the capitalised word after it is no surname.
    ['en', "Israel's Foreign Ministry said the talks had failed.", ['ISR']],
    ['en', "Michael Jordan's Bulls won again.", []],
    // German capitalises nouns: a genitive is never part of a person's name, "Israel Katz" is.
    ['de', 'Das erklärte Israels Regierung am Montag.', ['ISR']],
    ['de', 'Die Armee Israels rückte vor.', ['ISR']],
    // Where nouns are capitalised, a noun beside a country is no person's name.
    [
      'de',
      'Auch das Nachbarland Mali schickte Truppen, und des Staates Israel wurde gedacht.',
      ['MLI', 'ISR'],
    ],
    ['de', 'Am Morgen verlegte Israel Truppen an die Grenze.', ['ISR']],
    ['de', 'Basketballer Michael Jordan besuchte Chicago.', []],
    // A language is not its country, nor a company named after one.
    ['de', 'Er sagte auf Spanisch und auf Englisch, die Lage in Australien sei ernst.', ['AUS']],
    ['de', 'Das sagte ein Analyst der Deutschen Bank der Deutschen Welle.', []],
    ['de', 'Die Deutschen wählen; die russische Armee rückt vor.', ['DEU', 'RUS']],
    ['de', 'Israel Katz besuchte Berlin.', []],
    // A river delta is no state.
    ['de', 'Im Nigerdelta kam es erneut zu Protesten gegen Ölkonzerne.', []],
  ])('%s: %s', (lang, body, expected) => {
    expect(countries(body, lang)).toEqual(expected);
  });

  it("reads Austria's federal government and chancellery as no German one", () => {
    expect(
      countries('Bundeskanzler Karl Nehammer soll in Wien eine neue Bundesregierung bilden.', 'de'),
    ).toEqual([]);
    expect(countries('Die Bundesregierung in Berlin muss sparen.', 'de')).toEqual(['DEU']);
  });

  it('reads a capital that hopes, notes or adds as its state, and Bonn as the seat of the 1990s', () => {
    expect(
      countries('Amman hoped the truce would hold. Beijing noted that talks had stalled.', 'en'),
    ).toEqual(['JOR', 'CHN']);
    expect(countries('Bonn said it was satisfied with the charter.', 'en', '1997-03-21')).toEqual(['DEU']);
    expect(countries('The climate talks in Bonn ended on Friday.', 'en', '2020-06-01')).toEqual([]);
    // A seat of government besides the capital is a place of its own name, not the capital's.
    expect(
      extract({ body: 'Er starb in Wachtberg bei Bonn.', lang: 'de', publishedAt: '2016-04-01' }).places.map(
        (p) => [p.name, p.country],
      ),
    ).toEqual([['Bonn', 'DEU']]);
  });

  it('reads Icelandic capitals that would, could or react as their states, and pressure from one', () => {
    expect(
      countries(
        'Hann sagði að Kaupmannahöfn hefði aukið framlög sín og að Ósló gæti ekki sætt sig við það. Stokkhólmur lítur á samstarfið sem hornstein.',
        'is',
      ),
    ).toEqual(['DNK', 'NOR', 'SWE']);
    expect(countries('Stjórnvöld létu undan þrýstingi frá Peking.', 'is')).toEqual(['CHN']);
    expect(
      countries('Hún flaug frá Moskvu. Í Kaupmannahöfn hefði fundurinn átt að fara fram.', 'is'),
    ).toEqual([]);
  });

  it('reads the second of two capitals as the first is read', () => {
    expect(
      countries(
        'Paris und Berlin lehnen den Vorschlag ab. Washington beorderte seine Botschafterin heim.',
        'de',
      ),
    ).toEqual(['FRA', 'DEU', 'USA']);
    expect(countries('Er reiste nach Paris und Berlin und traf Freunde.', 'de')).toEqual([]);
    expect(countries('In Brüssel und Berlin wird das mit Sorge betrachtet.', 'de')).toEqual(['DEU']);
  });

  it('reads encouragement from a capital, and a German capital that "sei" or "hieß", as its state', () => {
    expect(countries('Kishida mended relations, with strong encouragement from Washington.', 'en')).toEqual([
      'USA',
    ]);
    expect(countries('Aus Peking hieß es, man sei bereit. Moskau sei bereit.', 'de')).toEqual(['CHN', 'RUS']);
  });

  it('reads a capital after a word of direction as a place', () => {
    expect(countries('He flew to Moscow and met friends.', 'en')).toEqual([]);
    expect(countries('Er reiste nach Moskau und traf Freunde.', 'de')).toEqual([]);
    expect(countries('Hann fór til Moskvu og hitti vini.', 'is')).toEqual([]);
    expect(countries('Peking leggur tolla á bíla. Ríkin losuðu sig undan áhrifum Moskvu.', 'is')).toEqual([
      'CHN',
      'RUS',
    ]);
  });

  it("reads a seat after another state's name as that state's", () => {
    expect(countries("Pakistan's Foreign Office welcomed the remarks.", 'en')).toEqual(['PAK']);
    expect(countries('The Foreign Office in London said so.', 'en')).toEqual(['GBR']);
    expect(
      countries('Eduardo Frei, forseti Chile, mótmælti. Leiðtogar Íberó-Ameríkuríkja funduðu.', 'is'),
    ).toEqual(['CHL']);
  });

  it('reads Greek and Turkish Cypriots as Cyprus, Kosovo Albanians as no Albania', () => {
    expect(countries('Greek Cypriots rejected the plan; Turkish Cypriot leaders agreed.', 'en')).toEqual([
      'CYP',
    ]);
    expect(countries('Tausende Kosovo-Albaner flohen nach Mazedonien.', 'de')).toEqual(['XKK', 'MKD']);
    // The older German spelling, usual in the 1990s.
    expect(countries('Auch Makedonien beantragte die Anerkennung.', 'de', '1991-12-23')).toEqual(['MKD']);
    expect(countries('Þúsundir Kosovo-Albana flýja til Makedóníu.', 'is')).toEqual(['XKK', 'MKD']);
  });

  it('reads the north of a country as the country', () => {
    expect(countries('Smitin má rekja til skíðasvæða á Norður-Ítalíu.', 'is')).toEqual(['ITA']);
  });

  it('reads Northern Ireland as the United Kingdom, not Ireland', () => {
    expect(countries("The DUP said the plan was not in Northern Ireland's interest.", 'en')).toEqual(['GBR']);
    expect(countries('Die DUP sagte, der Plan schade Nordirland.', 'de')).toEqual(['GBR']);
    expect(countries('DUP sagði að áætlunin skaðaði Norður-Írland.', 'is')).toEqual(['GBR']);
  });

  it('reads no state in a continent-wide compound', () => {
    expect(
      countries('He defied the Inter-American Court of Human Rights on the Pan-American Highway.', 'en'),
    ).toEqual([]);
    expect(countries('The Anglo-American alliance held.', 'en')).toEqual(['USA']);
  });

  it('reads the archive’s former states, and a capital as the one it stood for on the day', () => {
    expect(
      countries(
        'The Soviet Union and East Germany signed. Yugoslav and Czechoslovak envoys watched.',
        'en',
        '1990-05-01',
      ),
    ).toEqual(['SUN', 'DDR', 'YUG', 'CSK']);
    expect(
      countries(
        'Die UdSSR und die DDR einigten sich; jugoslawische Diplomaten schwiegen.',
        'de',
        '1990-09-13',
      ),
    ).toEqual(['SUN', 'DDR', 'YUG']);
    expect(
      countries('Sovétforseti sneri aftur en Austur-Þýskalands beið sameining.', 'is', '1991-08-22'),
    ).toEqual(['SUN', 'DDR']);
    // The Kremlin speaks for the Soviet Union until its end, for Russia after.
    expect(countries('The Kremlin said it would respond.', 'en', '1990-05-01')).toEqual(['SUN']);
    expect(countries('The Kremlin said it would respond.', 'en', '1992-05-01')).toEqual(['RUS']);
    // The Soviet president is the Soviet Union's head of state, and no mention of Russia.
    const wende = extract({
      body: 'Der sowjetische Staatspräsident Michail Gorbatschow stimmte zu.',
      lang: 'de',
      publishedAt: '1990-09-13',
    });
    expect(wende.countries.map((c) => c.iso3)).toEqual(['SUN']);
    expect(wende.leaders.map((l) => [l.id, l.country])).toEqual([['mikhail-gorbachev', 'SUN']]);
    // His title alone names the Soviet Union, whose office it was, in 1990 as in 2020.
    for (const day of ['1990-05-01', '2020-05-01'])
      expect(countries('President Mikhail Gorbachev said the talks went well.', 'en', day)).toEqual(['SUN']);
  });

  it('reads the title of a leader the text does not tie to a named state as that state', () => {
    expect(countries('Bundeskanzler Olaf Scholz verteidigte den Haushalt.', 'de', '2023-06-30')).toEqual([
      'DEU',
    ]);
    const biden = extract({
      body: 'In Washington, President Joe Biden said he was ready.',
      lang: 'en',
      publishedAt: '2023-11-20',
    });
    expect(biden.countries.map((c) => [c.iso3, c.mentions.map((m) => m.text)])).toEqual([
      ['USA', ['President']],
    ]);
    // A state named otherwise keeps its own mentions; a name without a title names no state.
    expect(
      extract({
        body: 'Germany waited. Chancellor Olaf Scholz spoke.',
        lang: 'en',
        publishedAt: '2023-06-30',
      }).countries.map((c) => c.mentions.map((m) => m.text)),
    ).toEqual([['Germany']]);
    expect(countries('Olaf Scholz verteidigte den Haushalt.', 'de', '2023-06-30')).toEqual([]);
  });
});

describe('capitals and seats', () => {
  it.each([
    ['en', 'Dushanbe reported 41 dead and Paris blamed Moscow.', ['TJK', 'FRA', 'RUS']],
    ['en', 'Ankara, a major donor, welcomed the vote.', ['TUR']],
    ['en', 'Paris, the city of light, hosted the games.', []],
    ['de', 'Peking, der größte Abnehmer des sudanesischen Öls, hat beide Seiten gedrängt.', ['CHN', 'SDN']],
    ['de', 'Ankara verlangt Garantien und Peking gratulierte.', ['TUR', 'CHN']],
    ['de', 'In Berlin muss die Koalition handeln.', []],
  ])('%s: a capital as the subject of a speaker verb, past an apposition: %s', (lang, body, expected) => {
    expect(countries(body, lang)).toEqual(expected);
  });

  it('counts a capital as its state when it speaks, and always as a place', () => {
    const result = extract({
      body: 'Moscow said the talks were over. The delegation later flew to Beijing.',
      lang: 'en',
    });
    expect([result.countries.map((c) => c.iso3), result.places.map((p) => [p.name, p.country])]).toEqual([
      ['RUS'],
      [
        ['Moscow', 'RUS'],
        ['Beijing', 'CHN'],
      ],
    ]);
  });

  it('names each city other than a capital by its own name, in every language', () => {
    const places = (body: string, lang: string) =>
      extract({ body, lang, publishedAt: '2023-05-02' }).places.map((p) => [p.name, p.country]);
    expect(places('Zelensky flew from Odesa to Lviv; Putin stayed in Vladivostok.', 'en')).toEqual([
      ['Odesa', 'UKR'],
      ['Lviv', 'UKR'],
      ['Vladivostok', 'RUS'],
    ]);
    expect(places('Drohnen trafen Charkiw und Odessa.', 'de')).toEqual([
      ['Kharkiv', 'UKR'],
      ['Odesa', 'UKR'],
    ]);
  });

  it('counts a capital that is the object of a verb taking an actor, not one naming its people', () => {
    expect(countries('Raisi accused Washington of giving Israel a free hand.', 'en')).toEqual(['USA', 'ISR']);
    expect(countries('The minister urged Beijing to restrain its ally.', 'en')).toEqual(['CHN']);
    expect(countries('She warned London commuters about strikes.', 'en')).toEqual([]);
    expect(countries('Berlin setze auf eine friedliche Lösung, hieß es.', 'de')).toEqual(['DEU']);
    expect(countries('Weder Washington noch Moskau könnten sich das leisten.', 'de')).toEqual(['USA', 'RUS']);
  });

  it('takes a capital after "said in" for the place it is', () => {
    expect(countries('Its managing director said in Washington that the fund stood ready.', 'en')).toEqual(
      [],
    );
  });

  it('takes capitals after a locative for places, and a capital some pressure comes from for its state', () => {
    expect(countries('Cocoa futures fell in London and New York on Monday.', 'en')).toEqual([]);
    expect(
      countries('Pretoria has drawn criticism from Washington over its ties with Moscow.', 'en'),
    ).toEqual(['ZAF', 'USA', 'RUS']);
  });

  it('takes a capital before a reporting verb for the state, and a capital being described for a place', () => {
    expect(countries('Berlin begrüßte die Abstimmung.', 'de')).toEqual(['DEU']);
    expect(countries('Moskva hafnaði tillögunni í gær.', 'is')).toEqual(['RUS']);
    expect(countries('London ist seit Jahren die teuerste Stadt der Welt.', 'de')).toEqual([]);
    expect(countries('Deilan við Moskvu hefur harðnað, segir ráðherrann.', 'is')).toEqual(['RUS']);
    expect(countries('Der Gipfel fand in Berlin statt.', 'de')).toEqual([]);
  });

  it('counts the German federal institutions as Germany', () => {
    expect(countries('Die Bundesregierung kritisierte den Putsch in Niger.', 'de')).toEqual(['DEU', 'NER']);
  });

  it('counts seats of government as their state', () => {
    expect(countries('The Kremlin and the White House traded accusations.', 'en')).toEqual(['RUS', 'USA']);
    expect(countries('Stjórnvöld í Moskvu og Kremlverjar svöruðu ekki.', 'is')).toEqual(['RUS']);
  });

  it('does not take a person named Washington for the capital', () => {
    const result = extract({ body: 'Actor Denzel Washington said the film was finished.', lang: 'en' });
    expect([result.countries, result.places]).toEqual([[], []]);
  });
});

describe('leaders', () => {
  it('links a surname only once the full name has established who is meant', () => {
    expect(leaders('Pútín hrósaði honum. Síðar kom Vladimír Pútín til Pjongjang.', 'is')).toEqual([
      ['vladimir-putin', 'RUS', 'head of state'],
    ]);
  });

  it('takes an unlisted spelling of a given name before the title holder’s surname for the holder', () => {
    const body = 'Yoon Suk-yeol sendi kveðju, sem og Vladímír Pútín Rússlandsforseti.';
    const found = extract({ body, lang: 'is', publishedAt: '2022-07-08' }).leaders.map((l) => [
      l.id,
      l.wikidata,
      l.name,
      l.mentions.map((m) => m.text),
    ]);
    expect(found).toEqual([
      ['yoon-suk-yeol', 'Q16090635', 'Yoon Suk-yeol', ['Yoon Suk-yeol']],
      ['vladimir-putin', 'Q7747', 'Vladimir Putin', ['Vladímír Pútín']],
    ]);
    // Without a title naming the holder, the other given name is someone else's name.
    expect(leaders('Later Seydou Keita spoke in Bamako, Mali.', 'en', '2020-01-10')).toEqual([]);
    expect(leaders('Seydou Keita spoke in Bamako, Mali.', 'en', '2020-01-10')).toEqual([]);
  });

  it('does not take a past leader’s namesake, described by a calling no leader has, for the leader', () => {
    const body = '"We are tired of coups," said Modibo Keita, a 52-year-old fabric trader.';
    expect(leaders(body, 'en', '2021-05-25')).toEqual([]);
    expect(leaders('Modibo Keita, the prime minister, spoke in Bamako.', 'en', '2016-05-25')).toEqual([
      ['modibo-keita', 'MLI', 'head of government'],
    ]);
  });

  it('does not take a son named after his father for the father', () => {
    expect(
      mentionTexts('Donald Trump ræddi við Pútín. Donald Trump yngri kom til Nuuk.', 'is', '2025-01-10'),
    ).toEqual([['donald-trump', ['Donald Trump']]]);
    expect(leaders('Donald Trump Jr. flew to Nuuk.', 'en', '2025-01-10')).toEqual([]);
  });

  it('does not take a place or an institution named after a leader for the leader', () => {
    expect(
      leaders('Abdullahi Mohamed landed at Jomo Kenyatta International Airport.', 'en', '2023-07-10'),
    ).toEqual([]);
    expect(leaders('Er landete am Flughafen Jomo Kenyatta in Nairobi.', 'de', '2023-07-10')).toEqual([]);
    expect(leaders('Hann lenti á Jomo Kenyatta-flugvelli í Naíróbí.', 'is', '2023-07-10')).toEqual([]);
    // Written in lower case, the word is no part of a name: the leader is meant.
    expect(leaders('Uhuru Kenyatta international partners were thanked.', 'en', '2015-07-10')).toEqual([
      ['uhuru-kenyatta', 'KEN', 'head of state'],
    ]);
  });

  it('takes a surname alone in the spellings the press uses: without the Arabic article, or spelled otherwise', () => {
    expect(leaders("Sharaa spoke in Damascus on Syria's future.", 'en', '2025-05-14')).toEqual([
      ['ahmed-al-sharaa', 'SYR', 'head of state'],
    ]);
    expect(leaders('Zelenskiy said Ukraine would fight on.', 'en', '2025-03-06')).toEqual([
      ['volodymyr-zelenskyy', 'UKR', 'head of state'],
    ]);
    expect(
      mentionTexts('Präsident Mohammed Mursi sprach in Ägypten. Mursi blieb.', 'de', '2013-01-01'),
    ).toEqual([['mohamed-morsi', ['Mohammed Mursi', 'Mursi']]]);
  });

  it('keeps an unknown title made like a known one out of the name it precedes', () => {
    const body = 'Gipfelpräsident Mukhtar Babajew, Umweltminister Aserbaidschans, verkündete die Einigung.';
    expect(extract({ body, lang: 'de', publishedAt: '2024-11-24' }).leaders.map((l) => l.name)).toEqual([
      'Mukhtar Babajew',
    ]);
  });

  it('knows the foreign ministers of the 1990s of the states most in the news', () => {
    const body =
      'Foreign Minister Andrei Kozyrev met Secretary of State Warren Christopher. Außenminister Klaus Kinkel kam.';
    expect(leaders(body, 'en', '1995-05-10')).toEqual([
      ['andrei-kozyrev', 'RUS', 'foreign minister'],
      ['warren-christopher', 'USA', 'foreign minister'],
      ['klaus-kinkel', 'DEU', 'foreign minister'],
    ]);
  });

  it('reads a given name opening a sentence as part of the name, not a word like "Meanwhile"', () => {
    expect(
      leaders(
        "Mojtaba Khamenei, the supreme leader's son, was absent from Iran's ceremony.",
        'en',
        '2025-06-24',
      ),
    ).toEqual([]);
    expect(leaders('Meanwhile Keita spoke in Bamako, Mali.', 'en', '2020-01-10')).toEqual([
      ['ibrahim-boubacar-keita', 'MLI', 'head of state'],
    ]);
  });

  it('gives the next surname of a list the title of the first, with a state of its own', () => {
    expect(leaders('Foreign ministers Baerbock and Blinken met in Berlin.', 'en', '2023-02-20')).toEqual([
      ['annalena-baerbock', 'DEU', 'foreign minister'],
      ['antony-blinken', 'USA', 'foreign minister'],
    ]);
    expect(leaders('Finanzminister Lindner und Le Maire stritten.', 'de', '2023-10-13')).toEqual([
      ['christian-lindner', 'DEU', 'finance minister'],
      ['bruno-le-maire', 'FRA', 'finance minister'],
    ]);
  });

  it('links a counterpart named by surname alone to the listed holder of that office', () => {
    expect(
      leaders('Außenministerin Baerbock und ihr US-Kollege Blinken trafen sich.', 'de', '2023-02-20'),
    ).toEqual([
      ['annalena-baerbock', 'DEU', 'foreign minister'],
      ['antony-blinken', 'USA', 'foreign minister'],
    ]);
    const body = 'Foreign Minister Annalena Baerbock and her US counterpart Blinken met.';
    expect(extract({ body, lang: 'en', publishedAt: '2023-02-20' }).leaders.map((l) => l.id)).toEqual([
      'annalena-baerbock',
      'antony-blinken',
    ]);
  });

  it('finds vice presidents and vice premiers as deputies, by a title tied to their state', () => {
    expect(leaders('Chinese Vice Premier Liu He will lead the talks.', 'en', '2019-10-12')).toEqual([
      ['liu-he', 'CHN', 'deputy head of government'],
    ]);
    expect(leaders('Geraldo Alckmin varaforseti Brasilíu var viðstaddur.', 'is', '2023-01-02')).toEqual([
      ['geraldo-alckmin', 'BRA', 'deputy head of state'],
    ]);
    // A body's vice president is no deputy of a state named elsewhere; a company's is no leader.
    const body =
      "Commission Vice President Maros Sefcovic met Britain's Deputy Prime Minister Oliver Dowden.";
    expect(leaders(body, 'en', '2023-01-02')).toEqual([
      ['oliver-dowden', 'GBR', 'deputy head of government'],
    ]);
    expect(
      leaders('Google vice president Jane Smith spoke in the United States.', 'en', '2023-01-02'),
    ).toEqual([]);
  });

  it('knows a leader without the Muhammad the press leaves out, but no monarch or son of so-and-so', () => {
    const body = "Pakistan's army seized power. President Rafiq Tarar remained in office.";
    expect(leaders(body, 'en', '1999-10-13')).toEqual([['muhammad-rafiq-tarar', 'PAK', 'head of state']]);
    expect(leaders('Ould Ghazouani and VI of Morocco were named.', 'en', '2020-10-13')).toEqual([]);
  });

  it('knows the Nordic monarchs by the names Icelandic papers give them, and keeps the kingdom', () => {
    expect(countries('Hann hitti Friðrik tíunda Danakonung í Kaupmannahöfn.', 'is')).toEqual(['DNK']);
    expect(leaders('Hann hitti Friðrik tíunda Danakonung í Kaupmannahöfn.', 'is', '2025-01-10')).toEqual([
      ['frederik-x', 'DNK', 'head of state'],
    ]);
    expect(leaders('Haraldur Noregskonungur og Karl Bretakonungur komu.', 'is', '2024-01-10')).toEqual([
      ['harald-v-of-norway', 'NOR', 'head of state'],
      ['charles-iii', 'GBR', 'head of state'],
    ]);
  });

  it('knows the accents Icelandic papers put on some Russian given names', () => {
    expect(leaders('Viktor Orbán hitti Vladímír Pútín í Moskvu í gær.', 'is', '2024-07-11')).toEqual([
      ['viktor-orban', 'HUN', 'head of government'],
      ['vladimir-putin', 'RUS', 'head of state'],
    ]);
    expect(leaders('Þá ræddi hann við Dmitrí Medvedev.', 'is', '2010-07-08')).toEqual([
      ['dmitry-medvedev', 'RUS', 'head of state'],
    ]);
    expect(leaders('Borís Jeltsín fundaði með ráðherrum.', 'is', '1994-07-08')).toEqual([
      ['boris-yeltsin', 'RUS', 'head of state'],
    ]);
  });

  it('does not take another Kim for Kim Jong-un', () => {
    expect(leaders('Kim Jong-un spoke. Photographer Kim Won Jin took the picture of Kim.', 'en')).toEqual([
      ['kim-jong-un', 'PRK', 'head of state'],
    ]);
    expect(leaders('Kim Yo Jong, his sister, issued a statement.', 'en')).toEqual([]);
  });

  it('decides the office by the article date', () => {
    expect(leaders('Boris Johnson met Joe Biden.', 'en', '2021-06-10')).toEqual([
      ['boris-johnson', 'GBR', 'head of government'],
      ['joe-biden', 'USA', 'head of state'],
    ]);
    // Out of office by then, but a full name that is one person's only still names that person.
    expect(leaders('Boris Johnson met Joe Biden.', 'en', '2025-06-10')).toEqual([
      ['boris-johnson', 'GBR', 'head of government'],
      ['joe-biden', 'USA', 'head of state'],
    ]);
    expect(leaders('Former Prime Minister Boris Johnson criticised the plan.', 'en', '2025-06-10')).toEqual([
      ['boris-johnson', 'GBR', 'head of government'],
    ]);
    // Named before any office of theirs: a candidate is no leader yet.
    expect(leaders('Javier Milei won the primary.', 'en', '2023-08-14')).toEqual([]);
    // A surname alone still needs the date: in 2025 "Johnson" is no one in office.
    expect(leaders('Johnson met the press in London.', 'en', '2025-06-10')).toEqual([]);
  });

  it('keeps people introduced by an office title, with the country the text ties to them', () => {
    expect(
      leaders('Defence Secretary Alan Marsh visited Kyiv. Marsh said more aid would follow.', 'en'),
    ).toEqual([['alan-marsh', 'GBR', 'defence minister']]);
    expect(leaders('Jón Jónsson, utanríkisráðherra Færeyja, kom í gær.', 'is')).toEqual([
      ['jon-jonsson', 'FRO', 'foreign minister'],
    ]);
    expect(leaders('Der estnische Verteidigungsminister Hanno Pevkur reiste nach Berlin.', 'de')).toEqual([
      ['hanno-pevkur', 'EST', 'defence minister'],
    ]);
  });

  it("finds foreigners' given names in the Icelandic dative", () => {
    expect(
      leaders('Hún átti fund með Donaldi Trump og ræddi við Jonasi Gahr Støre.', 'is', '2018-07-10'),
    ).toEqual([
      ['donald-trump', 'USA', 'head of state'],
      ['jonas-gahr-store', 'NOR', 'foreign minister'],
    ]);
  });

  it('finds Icelanders in every case of their names', () => {
    const ids = (body: string, date: string) => leaders(body, 'is', date).map(([id]) => id);
    expect(ids('Blaðamenn ræddu við Katrínu Jakobsdóttur í gær.', '2019-05-05')).toEqual([
      'katrin-jakobsdottir',
    ]);
    expect(ids('Ummæli Bjarna Benediktssonar vöktu athygli.', '2023-05-05')).toEqual(['bjarni-benediktsson']);
    expect(ids('Haft var eftir Sigmundi Davíð Gunnlaugssyni að hann sæti áfram.', '2016-03-05')).toEqual([
      'sigmundur-david-gunnlaugsson',
    ]);
  });

  it('takes a title for a known name only when a state is tied to it', () => {
    // A party's leader, in 2019, is no head of state; the Commission's president heads an
    // organization, not her former ministry.
    expect(
      leaders(
        'Anthony Albanese, leiðtogi stjórnarandstöðunnar í Ástralíu, gagnrýndi stjórnina.',
        'is',
        '2019-06-01',
      ),
    ).toEqual([]);
    expect(
      leaders(
        'Ursula von der Leyen, forseti framkvæmdastjórnar Evrópusambandsins, sagði þetta.',
        'is',
        '2024-11-06',
      ),
    ).toEqual([['ursula-von-der-leyen', null, 'head of organization']]);
  });

  it("links the press's short and accented forms of names the data spells in full or plainly", () => {
    expect(leaders('Former President Daniel arap Moi ruled Kenya for 24 years.', 'en', '2022-04-10')).toEqual(
      [['daniel-toroitich-arap-moi', 'KEN', 'head of state']],
    );
    expect(
      leaders('Seit der Ermordung von Präsident Jovenel Moïse regiert niemand.', 'de', '2022-04-10'),
    ).toEqual([['jovenel-moise', 'HTI', 'head of state']]);
    // Kuwait's emirs without their grandfather's name, as the press writes them.
    expect(leaders('Emir Sheikh Nawaf al-Ahmad al-Sabah dissolved parliament.', 'en', '2021-03-10')).toEqual([
      ['nawaf-al-ahmad-al-jaber-al-sabah', 'KWT', 'head of state'],
    ]);
    expect(leaders('Sultan Qabus bin Said empfing den Gesandten.', 'de', '2010-04-10')).toEqual([
      ['qaboos-bin-said-al-said', 'OMN', 'head of state'],
    ]);
    expect(
      leaders('Ex-Präsident Akbar Haschemi Rafsandschani stützt Mir Hossein Mussawi.', 'de', '2009-06-10'),
    ).toEqual([
      ['ali-akbar-hashemi-rafsanjani', 'IRN', 'head of government'],
      ['mir-hossein-mousavi', 'IRN', 'head of government'],
    ]);
  });

  it('knows the post-war leaders, and tells namesakes apart by who held office last', () => {
    expect(leaders('Errol Barrow led Barbados to independence.', 'en', '2025-03-10')).toEqual([
      ['errol-barrow', 'BRB', 'head of government'],
    ]);
    expect(leaders('Der Enkel des früheren Premiers Nobusuke Kishi regiert.', 'de', '2022-07-09')).toEqual([
      ['nobusuke-kishi', 'JPN', 'head of government'],
    ]);
    // Two prime ministers named Bjarni Benediktsson: the one in office, else the later one.
    expect(leaders('Bjarni Benediktsson forsætisráðherra ræddi við blaðamenn.', 'is', '1966-03-10')).toEqual([
      ['bjarni-benediktsson-2', 'ISL', 'head of government'],
    ]);
    expect(leaders('Bjarni Benediktsson sagði af sér formennsku.', 'is', '2025-03-10')).toEqual([
      ['bjarni-benediktsson', 'ISL', 'head of government'],
    ]);
  });

  it('takes, of namesakes out of office, the one in office in the year the passage is about', () => {
    // "George Bush" shortens both presidents' names; neither serves in 2020.
    const bush = (text: string) => leaders(text, 'en', '2020-10-03').map(([id]) => id);
    expect(bush('In 1990 the wall fell, and George Bush backed unification.')).toEqual(['george-h-w-bush']);
    expect(bush('After the attacks of 2001, George Bush declared a war on terror.')).toEqual([
      'george-w-bush',
    ]);
    // The year of the name's own sentence before one named earlier in the text.
    expect(bush('The wall fell in 1990. Later, George Bush ordered the 2003 invasion of Iraq.')).toEqual([
      'george-w-bush',
    ]);
    // With no year named, the one who took office last, as before.
    expect(bush('George Bush backed the plan.')).toEqual(['george-w-bush']);
  });

  it('names the heads of intergovernmental bodies by the body they head on the day', () => {
    // Grossi held no national office of the list; Guterres was Portugal's prime minister, and
    // is the UN's Secretary-General in 2025 but its refugee chief in 2010.
    expect(
      leaders(
        'IAEA Director General Rafael Grossi said inspectors were turned away. Grossi asked for access.',
        'en',
        '2025-03-10',
      ),
    ).toEqual([['rafael-grossi', null, 'head of organization']]);
    expect(leaders('António Guterres urged restraint.', 'en', '2025-03-10')).toEqual([
      ['antonio-guterres', null, 'head of organization'],
    ]);
    expect(leaders('António Guterres visited the camp in Kenya.', 'en', '2010-03-10')).toEqual([
      ['antonio-guterres', null, 'head of organization'],
    ]);
    // Rutte's headship began after his premiership: in 2020 he is the Dutch prime minister.
    expect(
      leaders('Mark Rutte, framkvæmdastjóri Atlantshafsbandalagsins, kom í gær.', 'is', '2025-03-10'),
    ).toEqual([['mark-rutte', null, 'head of organization']]);
    expect(leaders('Mark Rutte spoke in The Hague.', 'en', '2020-03-10')).toEqual([
      ['mark-rutte', 'NLD', 'head of government'],
    ]);
    // A surname alone names the head of an organization the article names, on the day.
    expect(leaders('The UN chief Guterres warned of famine.', 'en', '2025-03-10')).toEqual([
      ['antonio-guterres', null, 'head of organization'],
    ]);
    expect(leaders('Guterres warned of famine.', 'en', '2025-03-10')).toEqual([]);
    // A body's institutions count as named with it: in 2015 he headed the UN's refugee agency.
    expect(leaders('The UN refugee chief Guterres warned of famine.', 'en', '2015-03-10')).toEqual([
      ['antonio-guterres', null, 'head of organization'],
    ]);
    expect(leaders('The UN chief Guterres warned of famine.', 'en', '2005-03-10')).toEqual([]);
  });

  it('reads a title tied to no state, in an article naming a body, as the body’s', () => {
    // James Michel was president of the Seychelles; Charles Michel chaired the European Council.
    expect(leaders('European Council President Michel backed the plan.', 'en', '2023-03-06')).toEqual([
      ['charles-michel', null, 'head of organization'],
    ]);
    expect(leaders('EU-Ratspräsident Costa sagte, die EU werde helfen.', 'de', '2025-03-06')).toEqual([
      ['antonio-costa', null, 'head of organization'],
    ]);
    expect(
      leaders('UN-Generalsekretär Guterres sagte, der Gipfel sei ein Erfolg.', 'de', '2019-12-15'),
    ).toEqual([['antonio-guterres', null, 'head of organization']]);
  });

  it('does not let a past title hide the office or headship someone holds on the day', () => {
    const body = 'NATO Secretary General Mark Rutte, the former Dutch prime minister, called it a leap.';
    expect(leaders(body, 'en', '2025-06-25')).toEqual([['mark-rutte', null, 'head of organization']]);
    // Out of office, the office headed outranks a later ministry, and the one left last wins a tie.
    expect(leaders('Benjamin Netanyahu spoke.', 'en', '2021-07-01')).toEqual([
      ['benjamin-netanyahu', 'ISR', 'head of government'],
    ]);
    expect(leaders('Davíð Oddsson tilkynnti þetta.', 'is', '2008-10-08')).toEqual([
      ['david-oddsson', 'ISL', 'head of government'],
    ]);
  });

  it('reads a title next to a known name over the dates, and stops a cue at the next person', () => {
    // Kagame became president in 2000; in 1998 the text calls him defence minister.
    expect(leaders('Rwandan Defence Minister Paul Kagame said the plan stood.', 'en', '1998-06-06')).toEqual([
      ['paul-kagame', 'RWA', 'defence minister'],
    ]);
    // "framkvæmdastjóri" (a non-leader cue) belongs to Ban, not to Kerry after the comma.
    expect(
      leaders(
        'Ban Ki-moon, framkvæmdastjóri SÞ, og John Kerry, utanríkisráðherra Bandaríkjanna, komu.',
        'is',
        '2014-05-05',
      )
        .map(([id]) => id)
        .includes('john-kerry'),
    ).toBe(true);
  });

  it("keeps a new name whose words are other leaders' surnames, and only the leader a name means", () => {
    // "Ahmed" is a surname in the list, which used to cut the name short and lose the person.
    expect(
      leaders('Egyptian Defense Minister Ahmed Zzyx said the army would hold.', 'en', '2011-02-12'),
    ).toEqual([['ahmed-zzyx', 'EGY', 'defence minister']]);
    expect(
      leaders('Cricket captain Rashid Khan said Pakistan would play in Lahore.', 'en', '2025-04-03'),
    ).toEqual([]);
  });

  it("does not take part of another full name for a leader's surname", () => {
    expect(
      mentionTexts(
        'President Ibrahim Boubacar Keita resigned. The footballer Seydou Keita criticised the army.',
        'en',
        '2020-08-19',
      ),
    ).toEqual([['ibrahim-boubacar-keita', ['Ibrahim Boubacar Keita']]]);
    // "Pierre" is Philip Pierre's surname, "Trudeau" Justin's: together they are neither, but
    // Justin's father, prime minister 1968-1984.
    expect(
      leaders('Former prime minister Pierre Trudeau rejected the request.', 'en', '2023-09-19').map(
        ([id]) => id,
      ),
    ).toEqual(['pierre-elliott-trudeau']);
  });

  it('knows monarchs by their style and regnal name, not by their realm', () => {
    expect(
      leaders('Auch König Hussein von Jordanien würdigte den Verstorbenen.', 'de', '1995-11-06'),
    ).toEqual([['hussein-of-jordan', 'JOR', 'head of state']]);
    expect(leaders('Marokkos König Mohammed VI. empfing den Gast.', 'de', '2019-03-03')).toEqual([
      ['mohammed-vi-of-morocco', 'MAR', 'head of state'],
    ]);
    expect(
      leaders('King Harald and Queen Elizabeth attended. Harald V spoke first.', 'en', '2019-03-03'),
    ).toEqual([
      ['harald-v-of-norway', 'NOR', 'head of state'],
      ['elizabeth-ii', 'GBR', 'head of state'],
    ]);
  });

  it('takes of two monarchs of one name the one whose country the article names', () => {
    const body = 'Abdullah konungur tók á móti forsetanum í Ríad og ræddi við Sádi-Araba.';
    expect(leaders(body, 'is', '2011-11-24')).toEqual([['abdullah-of-saudi-arabia', 'SAU', 'head of state']]);
    expect(leaders('King Abdullah of Jordan received the president.', 'en', '2011-11-24')).toEqual([
      ['abdullah-ii-of-jordan', 'JOR', 'head of state'],
    ]);
  });

  it('does not take a future leader named under a party title for the leader', () => {
    expect(
      leaders('Lee Jae-myung, leiðtogi flokksins, kallaði yfirlýsinguna ólöglega.', 'is', '2024-12-04'),
    ).toEqual([]);
  });

  it('reads a title after a name over "the former" and over the first parts of a joint title', () => {
    const former =
      'Don McKinnon, fyrrverandi utanríkisráðherra Nýja-Sjálands, sagði að viðræðurnar héldu áfram.';
    expect(leaders(former, 'is', '1999-09-08')).toEqual([['don-mckinnon', 'NZL', 'foreign minister']]);
    const joint =
      'Íslensk stjórnvöld funduðu. Inga Sæland, félags- og húsnæðismálaráðherra, var fjarverandi.';
    expect(leaders(joint, 'is', '2025-01-01')).toEqual([['inga-saeland', 'ISL', 'minister']]);
    expect(
      leaders('Deutschland streitet. Hubertus Heil, Arbeits- und Sozialminister, sprach.', 'de'),
    ).toEqual([['hubertus-heil', 'DEU', 'minister']]);
  });

  it('reads titles after a name over its country, an age, "outgoing", and gives a title between two names the one before', () => {
    expect(
      leaders("Yusuf Alawi, Oman's foreign minister, said there would be no change.", 'en', '2020-01-11'),
    ).toEqual([['yusuf-alawi', 'OMN', 'foreign minister']]);
    expect(leaders('In Norway, Kari Nordmann, 41, becomes justice minister.', 'en', '2021-10-14')).toEqual([
      ['kari-nordmann', 'NOR', 'minister'],
    ]);
    const list =
      'Íslensk stjórnvöld funduðu. Logi Einarsson verður menntamálaráðherra, Eyjólfur Ármannsson innviðaráðherra.';
    expect(leaders(list, 'is', '2024-12-21')).toEqual([
      ['logi-einarsson', 'ISL', 'minister'],
      ['eyjolfur-armannsson', 'ISL', 'minister'],
    ]);
    const outgoing =
      'Íslensk stjórnvöld funduðu. Guðrún Hafsteinsdóttir, fráfarandi dómsmálaráðherra, kvaddi.';
    expect(leaders(outgoing, 'is', '2024-12-21')).toEqual([['gudrun-hafsteinsdottir', 'ISL', 'minister']]);
    // "Abdullah bin Zayed" is not King Abdullah: the name goes on past its particles.
    const gulf =
      'Jórdanía gagnrýndi samkomulagið. Abdullah bin Zayed Al Nahyan, utanríkisráðherra, ræddi málið.';
    expect(leaders(gulf, 'is', '2020-09-15').map(([id]) => id)).toEqual(['abdullah-bin-zayed-al-nahyan']);
  });

  it('takes one word for a name right after a title of a state, and nothing else alone', () => {
    expect(leaders('Indonesian Defence Minister Wiranto rejected the claim.', 'en', '1999-09-08')).toEqual([
      ['wiranto', 'IDN', 'defence minister'],
    ]);
    // Months and day words are looked up in their own tables, not as object keys that every
    // object has ("constructor").
    expect(
      leaders('Indonesian Defence Minister Constructor rejected the claim.', 'en', '1999-09-08'),
    ).toEqual([['constructor', 'IDN', 'defence minister']]);
    expect(leaders('On Sunday Defence Minister of Indonesia said no.', 'en')).toEqual([]);
    expect(leaders('The Defence Minister of Indonesia said no.', 'en')).toEqual([]);
    expect(leaders("Meanwhile, Indonesia's defence minister said the talks would go on.", 'en')).toEqual([]);
    expect(leaders('Í gær hitti Katrín forsætisráðherra Noregs í Osló.', 'is')).toEqual([]);
    expect(leaders('Zudem versprach der polnische Regierungschef Hilfe für die Ukraine.', 'de')).toEqual([]);
  });

  it('does not give a name a title that is someone else’s', () => {
    const spokeswoman =
      "Jane Doe, the prime minister's spokeswoman, said that Britain would not change course.";
    expect(leaders(spokeswoman, 'en')).toEqual([]);
    expect(leaders('A former aide to Peter Hallworth was named finance minister of Britain.', 'en')).toEqual(
      [],
    );
    expect(leaders('Jón Guðmundsson, sem forsætisráðherra skipaði í nefndina, sagði af sér.', 'is')).toEqual(
      [],
    );
    // A king's regnal name alone is anyone's given name.
    const seller =
      'Prices have doubled in Morocco. Mohammed, who sells vegetables in Casablanca, cannot cope.';
    expect(leaders(seller, 'en')).toEqual([]);
    // "von" before another leader's name does not make two people one.
    expect(
      leaders('Deutschland wartet. Am Montag traf ein Brief an Scholz von Selenskyj ein.', 'de'),
    ).toEqual([['olaf-scholz', 'DEU', 'head of government']]);
  });

  it('declines every word of an Icelander’s name, with the vowel changes', () => {
    expect(leaders('Ræða Jóhönnu Sigurðardóttur vakti athygli.', 'is', '2012-01-01')).toEqual([
      ['johanna-sigurdardottir', 'ISL', 'head of government'],
    ]);
    expect(leaders('Ræða Sigurðar Inga Jóhannssonar vakti athygli.', 'is', '2017-01-01')).toEqual([
      ['sigurdur-ingi-johannsson', 'ISL', 'head of government'],
    ]);
  });

  it('gives someone heading several states the one the press means', () => {
    expect(leaders('Emmanuel Macron said the plan would work.', 'en', '2023-05-02')).toEqual([
      ['emmanuel-macron', 'FRA', 'head of state'],
    ]);
    expect(leaders('King Charles III opened parliament.', 'en', '2023-05-02')).toEqual([
      ['charles-iii', 'GBR', 'head of state'],
    ]);
    // The co-prince, when the article is about Andorra.
    expect(leaders('Emmanuel Macron spoke about Andorra.', 'en', '2023-05-02')).toEqual([
      ['emmanuel-macron', 'AND', 'head of state'],
    ]);
  });

  it('finds ministers of any portfolio by their title, tied to a country', () => {
    expect(leaders("India's Home Minister Shivraj Patil is under pressure.", 'en', '2008-11-29')).toEqual([
      ['shivraj-patil', 'IND', 'minister'],
    ]);
    expect(leaders('Gao Hucheng, viðskiptaráðherra Kína, kom til landsins.', 'is', '2015-03-01')).toEqual([
      ['gao-hucheng', 'CHN', 'minister'],
    ]);
    expect(
      leaders('Bundeswirtschaftsminister Robert Habeck reiste nach Washington.', 'de', '2023-01-15'),
    ).toEqual([['robert-habeck', 'DEU', 'deputy head of government']]);
    expect(
      leaders('Bundeswirtschaftsminister Robert Habeck reiste nach Washington.', 'de', '2025-08-15'),
    ).toEqual([['robert-habeck', 'DEU', 'minister']]);
    // No state tied in the text: the one the article is about.
    expect(
      leaders(
        'Argentina is in crisis. Argentina owes billions. Economy Minister Domingo Cavallo resigned.',
        'en',
        '2001-12-21',
      ),
    ).toEqual([['domingo-cavallo', 'ARG', 'minister']]);
    // A Bundes- title is Germany's; a plain one the country the article is about.
    expect(
      leaders('Bundesaußenminister Klaus Kinkel bedauerte die Entscheidung.', 'de', '1995-09-06'),
    ).toEqual([['klaus-kinkel', 'DEU', 'foreign minister']]);
    expect(
      leaders(
        'Die Bundesregierung plant Kontrollen. Innenministerin Nancy Faeser kündigte sie an.',
        'de',
        '2023-01-15',
      ),
    ).toEqual([['nancy-faeser', 'DEU', 'minister']]);
    expect(
      leaders(
        'Die USA schickten Soldaten, die USA wollen Stützpunkte, sagte Energieminister Chris Wright.',
        'de',
        '2025-03-28',
      ),
    ).toEqual([['chris-wright', 'USA', 'minister']]);
    // A minister of a German state, or an Indian state's chief minister, is no national leader.
    expect(leaders('Der bayerische Innenminister Joachim Herrmann warnte.', 'de', '2023-01-15')).toEqual([]);
    expect(leaders('Chief Minister Mamata Banerjee criticised the plan.', 'en', '2023-01-15')).toEqual([]);
    // "leiðtogi" leads guerrillas and parties too: a head of state needs a state.
    expect(
      leaders('Rodrigo Londoño, leiðtogi skæruliðahreyfingarinnar FARC, skrifaði undir.', 'is', '2016-09-27'),
    ).toEqual([]);
  });

  it('follows an Ethiopian leader by the given name, as the press does', () => {
    expect(
      mentionTexts(
        'Ethiopian Prime Minister Meles Zenawi met the press. Meles said the border was closed.',
        'en',
        '2005-06-01',
      ),
    ).toEqual([['meles-zenawi', ['Meles Zenawi', 'Meles']]]);
  });

  it('finds post-Soviet leaders as German and Icelandic papers spell them', () => {
    const ids = (body: string, lang: string, date: string) => leaders(body, lang, date).map(([id]) => id);
    expect(
      ids('Der gestürzte Präsident Kurmanbek Bakijew hat das Land verlassen.', 'de', '2010-04-16'),
    ).toEqual(['kurmanbek-bakiyev']);
    expect(
      ids('Nursultan Nazarbajev sagði af sér í gær og Kassym-Jomart Tokajev tók við.', 'is', '2019-03-20'),
    ).toEqual(['nursultan-nazarbayev', 'kassym-jomart-tokayev']);
    // Some keep a y between consonants; Georgian names take the same letter groups.
    expect(ids('Viktor Tschernomyrdin reiste ab.', 'de', '1995-11-06')).toEqual(['viktor-chernomyrdin']);
    expect(ids('Präsident Saakaschwili sprach am Abend.', 'de', '2008-08-10')).toEqual([
      'mikheil-saakashvili',
    ]);
    // German papers respell names from Arabic and Persian script the same way.
    expect(ids('Außenminister Dschawad Sarif reiste nach Wien.', 'de', '2015-06-15')).toEqual([
      'mohammad-javad-zarif',
    ]);
    expect(ids('Regierungschef Milo Djukanovic sprach in Podgorica.', 'de', '2006-05-22')).toEqual([
      'milo-dukanovic',
    ]);
    // Where every noun is capitalised, the word before a title is no name on its own.
    expect(ids('Der Mann, der seit Jahren Außenminister Polens ist, sprach.', 'de', '2015-06-15')).toEqual(
      [],
    );
    // Icelandic papers write z as s in some such names, and accent Persian ones too.
    expect(ids('Nursultan Nasarbajev sagði af sér.', 'is', '2019-03-20')).toEqual(['nursultan-nazarbayev']);
    expect(ids('Hassan Rúhaní sagði að samningurinn stæði.', 'is', '2017-03-20')).toEqual(['hassan-rouhani']);
  });

  it('knows the press forms of names', () => {
    const ids = (body: string, lang: string, date: string) => leaders(body, lang, date).map(([id]) => id);
    expect(ids('Geklagt hatten die Philippinen unter Präsident Benigno Aquino.', 'de', '2016-07-13')).toEqual(
      ['benigno-aquino-iii'],
    );
    // The middle name dropped: not "Carlos", a surname of Juan Carlos I, alone.
    expect(ids('Former president Carlos Menem said the party must act.', 'en', '2001-12-21')).toEqual([
      'carlos-saul-menem',
    ]);
    expect(
      ids(
        "Ethiopia's Prime Minister Abiy Ahmed said the army was ready. Abiy spoke later.",
        'en',
        '2021-11-05',
      ),
    ).toEqual(['abiy-ahmed']);
    expect(ids('Abdúlla II Jórdaníukonungur og Mahmúd Abbas funduðu.', 'is', '2023-10-18')).toEqual([
      'abdullah-ii-of-jordan',
      'mahmoud-abbas',
    ]);
    expect(ids('Außenminister Hussein Amirabdollahian kündigte ein Treffen an.', 'de', '2023-03-11')).toEqual(
      ['hossein-amir-abdollahian'],
    );
  });

  it('does not take what follows a possessive title, or a body, for a person', () => {
    expect(
      leaders("Partners withdrew their support from the premier's New Aspiration Party.", 'en', '1997-10-21'),
    ).toEqual([]);
  });

  it('reads a middle initial as part of a name, known or introduced by a title', () => {
    expect(mentionTexts('Former prime minister Geir H. Haarde told reporters.', 'en', '2008-05-10')).toEqual([
      ['geir-h-haarde', ['Geir H. Haarde']],
    ]);
    expect(mentionTexts('Geir H. Haarde forsætisráðherra svaraði.', 'is', '2008-05-10')).toEqual([
      ['geir-h-haarde', ['Geir H. Haarde']],
    ]);
    expect(leaders('Lithuanian Foreign Minister Linas A. Linkevicius spoke.', 'en', '2019-05-10')).toEqual([
      ['linas-a-linkevicius', 'LTU', 'foreign minister'],
    ]);
    // An initial is no name's end: "Plan B." is not a person, nor "Geir H." before a claimed surname.
    expect(leaders('Plan B. Johnson said nothing.', 'en', '2019-05-10')).toEqual([]);
  });

  it("takes a counterpart to hold the named leader's office in the adjective's state", () => {
    expect(
      leaders(
        'Sergei Lavrov arrived in Vilnius. He met his Lithuanian counterpart, Gabrielius Landsbergis.',
        'en',
        '2023-05-10',
      ),
    ).toEqual([
      ['sergei-lavrov', 'RUS', 'foreign minister'],
      ['gabrielius-landsbergis', 'LTU', 'foreign minister'],
    ]);
    expect(
      leaders(
        'Außenministerin Annalena Baerbock traf ihren litauischen Kollegen Gabrielius Landsbergis.',
        'de',
        '2023-05-10',
      ),
    ).toEqual([
      ['annalena-baerbock', 'DEU', 'foreign minister'],
      ['gabrielius-landsbergis', 'LTU', 'foreign minister'],
    ]);
    expect(
      leaders(
        'Bjarni Benediktsson ræddi við litháískan starfsbróður sinn, Gintarė Skaistė.',
        'is',
        '2023-05-10',
      ),
    ).toEqual([
      ['bjarni-benediktsson', 'ISL', 'finance minister'],
      ['gintare-skaiste', 'LTU', 'finance minister'],
    ]);
    // Counterpart to no leader named: a colleague, not an office.
    expect(leaders('The analyst met his Kenyan counterpart John Smith.', 'en', '2023-05-10')).toEqual([]);
    expect(leaders('Der Trainer lobte seinen spanischen Kollegen Luis Enrique.', 'de', '2023-05-10')).toEqual(
      [],
    );
  });

  it('knows names by the form the press uses: two surnames, no family name', () => {
    // "Luis Arce" is Luis Alberto Arce Catacora, and "Arce" alone him once named.
    expect(
      mentionTexts(
        'President Luis Arce met Luis Lacalle Pou. Arce said trade would grow.',
        'en',
        '2021-05-10',
      ),
    ).toEqual([
      ['luis-arce', ['Luis Arce', 'Arce']],
      ['luis-lacalle-pou', ['Luis Lacalle Pou']],
    ]);
    // Burmese names have no surname to stand alone; the whole name is repeated.
    expect(
      mentionTexts(
        'Min Aung Hlaing seized power. Later Min Aung Hlaing spoke; Hlaing is no name.',
        'en',
        '2021-05-10',
      ),
    ).toEqual([['min-aung-hlaing', ['Min Aung Hlaing', 'Min Aung Hlaing']]]);
    // A prime minister beside a president who heads the government.
    expect(
      leaders('Prime Minister Han Duck-soo visited Tokyo. Han met Kishida.', 'en', '2023-05-10'),
    ).toEqual([['han-duck-soo', 'KOR', 'head of government']]);
  });

  it('finds Icelanders in the genitive and dative of every name, and names people found by title in the nominative', () => {
    expect(
      mentionTexts(
        'Sigmundur Davíð fór á fund Ólafs Ragnars Grímssonar, forseta Íslands.',
        'is',
        '2016-04-07',
      ),
    ).toEqual([
      ['sigmundur-david-gunnlaugsson', ['Sigmundur Davíð']],
      ['olafur-ragnar-grimsson', ['Ólafs Ragnars Grímssonar']],
    ]);
    expect(leaders('Hann afhenti Ólafi Ragnari Grímssyni bréfið.', 'is', '2016-04-07')).toEqual([
      ['olafur-ragnar-grimsson', 'ISL', 'head of state'],
    ]);
    expect(leaders('Í gögnunum var nafn Ólafar Nordal innanríkisráðherra.', 'is', '2016-04-07')).toEqual([
      ['olof-nordal', 'ISL', 'minister'],
    ]);
  });

  it('reads a title linked to its holder by a verb, and the Chancellery and Japanese cabinet titles', () => {
    expect(
      leaders(
        'In Kambodscha wurde das Kabinett vereidigt. Neuer Verteidigungsminister ist Tea Seiha.',
        'de',
        '2023-08-22',
      ),
    ).toEqual([['tea-seiha', 'KHM', 'defence minister']]);
    expect(leaders('Nýr utanríkisráðherra er Jóna Jónsdóttir.', 'is', '2024-12-22')).toEqual([
      ['jona-jonsdottir', 'ISL', 'foreign minister'],
    ]);
    expect(leaders('Verteidigungsminister ist Sache des Parlaments.', 'de', '2023-08-22')).toEqual([]);
    expect(
      leaders('In Berlin sagte Kanzleramtschef Peter Altmaier, die Lage sei ernst.', 'de', '2018-07-02'),
    ).toEqual([['peter-altmaier', 'DEU', 'minister']]);
    expect(leaders('Kabinettssekretär Hirokazu Matsuno bestätigte den Tod.', 'de', '2022-07-08')).toEqual([
      ['hirokazu-matsuno', 'JPN', 'minister'],
    ]);
  });

  it('does not take a shortened name running on into a longer one for the leader', () => {
    expect(leaders('Juan Carlos Rivero, an analyst in Cochabamba, said so.', 'en', '2003-10-18')).toEqual([]);
    expect(leaders('King Juan Carlos opened the session.', 'en', '2010-10-18')).toEqual([
      ['juan-carlos-i', 'ESP', 'head of state'],
    ]);
  });

  it('makes no second person of words running into a leader found', () => {
    expect(
      leaders("Argentina's President Cristina Fernandez de Kirchner spoke.", 'en', '2012-06-23'),
    ).toEqual([['cristina-fernandez-de-kirchner', 'ARG', 'head of state']]);
    // A Gulf royal is named without the dynasty, and "Prince" is a style, not a person.
    expect(
      leaders('Saudi Foreign Minister Prince Faisal bin Farhan met the press.', 'en', '2023-04-06'),
    ).toEqual([['faisal-bin-farhan-al-saud', 'SAU', 'foreign minister']]);
  });

  it("takes another state's holder of a title implying one state for a civil servant", () => {
    expect(
      leaders(
        'Indian Foreign Secretary S. Jaishankar met British Foreign Secretary Philip Hammond.',
        'en',
        '2015-04-10',
      ),
    ).toEqual([['philip-hammond', 'GBR', 'foreign minister']]);
    // Where the minister has that title, the text's state is the minister's.
    expect(leaders("Mexico's Foreign Secretary Juan Pérez spoke.", 'en', '2019-04-10')).toEqual([
      ['juan-perez', 'MEX', 'foreign minister'],
    ]);
  });

  it('reads the joined portfolios of foreign and finance ministries', () => {
    expect(
      leaders(
        "Senegal's Minister of Economy and Finance Jane Diop met Italy's Minister of Foreign Affairs and International Cooperation John Roe.",
        'en',
        '2024-05-16',
      ),
    ).toEqual([
      ['jane-diop', 'SEN', 'finance minister'],
      ['john-roe', 'ITA', 'foreign minister'],
    ]);
  });

  it('reads honorifics, press spellings, and the titles of Australia and Korea', () => {
    expect(
      leaders(
        "Kuwait's Emir Sheikh Mishal al-Ahmad al-Jaber al-Sabah dissolved parliament.",
        'en',
        '2024-05-11',
      ),
    ).toEqual([['mishal-al-ahmad-al-jaber-al-sabah', 'KWT', 'head of state']]);
    expect(leaders('President Salome Zourabichvili said she would veto it.', 'en', '2024-05-14')).toEqual([
      ['salome-zurabishvili', 'GEO', 'head of state'],
    ]);
    expect(
      leaders('Treasurer Jim Chalmers met Unification Minister Cho Myoung-gyon.', 'en', '2022-05-24'),
    ).toEqual([
      ['jim-chalmers', 'AUS', 'finance minister'],
      ['cho-myoung-gyon', 'KOR', 'minister'],
    ]);
    // Below a secretary of state, and a club's treasurer, no minister.
    expect(
      leaders(
        'Assistant Secretary of State James Roe and the state treasurer John Doe spoke.',
        'en',
        '2024-05-14',
      ),
    ).toEqual([]);
  });

  it('reads Icelandic possessors, titles tied to a state before the name, and no noun as a name', () => {
    expect(leaders('Peskov, talsmaður Pútíns, sagði þetta um Rússland í gær.', 'is', '2024-12-09')).toEqual([
      ['vladimir-putin', 'RUS', 'head of state'],
    ]);
    expect(leaders('Utanríkisráðherra Eistlands, Margus Tsahkna, sagði þetta.', 'is', '2023-11-01')).toEqual([
      ['margus-tsahkna', 'EST', 'foreign minister'],
    ]);
    expect(
      leaders(
        'Þeir sátu fund utanríkisráðherra Norðurlandanna í Ósló. Rætt var um Úkraínu.',
        'is',
        '2023-11-01',
      ),
    ).toEqual([]);
  });

  it('gives a minister whose title names no state the state of the leader named just before', () => {
    expect(
      leaders(
        'President Emmanuel Macron spoke. Interior Minister Gerald Darmanin accused Azerbaijan of meddling.',
        'en',
        '2024-05-16',
      ),
    ).toEqual([
      ['emmanuel-macron', 'FRA', 'head of state'],
      ['gerald-darmanin', 'FRA', 'minister'],
    ]);
  });

  it('does not make leaders of spokespeople and analysts', () => {
    expect(leaders('Kremlin spokesman Dmitry Peskov and analyst Jane Roe commented.', 'en')).toEqual([]);
  });

  it("does not make leaders of coaches and players who share a leader's name", () => {
    // Angola's prime minister of 2002-2008 is also listed as "Fernando Santos".
    expect(leaders('Portugal coach Fernando Santos defended his decision.', 'en', '2022-12-11')).toEqual([]);
    expect(leaders('Angolan Prime Minister Fernando Santos visited Lisbon.', 'en', '2005-03-01')).toEqual([
      ['fernando-da-piedade-dias-dos-santos', 'AGO', 'head of government'],
    ]);
  });

  it("reads Kenya's cabinet secretaries by portfolio, and not the British civil servant", () => {
    expect(leaders('Interior Cabinet Secretary Kithure Kindiki spoke.', 'en', '2023-05-15')).toEqual([
      ['kithure-kindiki', 'KEN', 'minister'],
    ]);
    expect(leaders("Cabinet Secretary Gus O'Donnell spoke in Britain.", 'en', '2010-05-01')).toEqual([]);
  });

  it("takes a minister's title next to a member of a collective head of state for that minister", () => {
    expect(leaders('Außenminister Ignazio Cassis sprach in der Schweiz.', 'de', '2019-03-20')).toEqual([
      ['ignazio-cassis', 'CHE', 'foreign minister'],
    ]);
  });

  it("reads China's deputy premier and the US trade representative in German, English and Icelandic", () => {
    expect(
      leaders('Chinas Vizeministerpräsident Liu He reiste nach Washington.', 'de', '2019-12-13'),
    ).toEqual([['liu-he', 'CHN', 'deputy head of government']]);
    expect(
      leaders('Der US-Handelsbeauftragte Robert Lighthizer reiste nach Peking.', 'de', '2019-12-13'),
    ).toEqual([['robert-lighthizer', 'USA', 'minister']]);
    expect(
      leaders('U.S. Trade Representative Robert Lighthizer flew to Beijing.', 'en', '2019-12-13'),
    ).toEqual([['robert-lighthizer', 'USA', 'minister']]);
    expect(
      leaders(
        'Robert Lighthizer, viðskiptafulltrúi Bandaríkjastjórnar, fundaði í Peking.',
        'is',
        '2019-05-22',
      ),
    ).toEqual([['robert-lighthizer', 'USA', 'minister']]);
  });

  it('keeps an abbreviated middle name inside the mention', () => {
    expect(
      mentionTexts('Guðni Th. Jóhannesson, forseti Íslands, óskaði liðinu til hamingju.', 'is', '2020-01-12'),
    ).toEqual([['gudni-th-johannesson', ['Guðni Th. Jóhannesson']]]);
  });

  it('gives an untied minister the state named just before rather than the one whose leaders the story names most', () => {
    const story =
      'Prime Minister Narendra Modi announced a lockdown. Health Minister Harsh Vardhan said kits were ready. ' +
      'Italy recorded 683 deaths. Health Minister Roberto Speranza said the curve was flattening.';
    expect(leaders(story, 'en', '2020-03-25').at(-1)).toEqual(['roberto-speranza', 'ITA', 'minister']);
  });

  it('gives an untied minister the state whose leaders the article names', () => {
    const story =
      'Bundespräsident Alexander Van der Bellen beauftragte Bundeskanzler Karl Nehammer in Österreich. ' +
      'Deutschland schaute zu. Die Grünen gingen. Finanzminister Magnus Brunner mahnte zur Eile.';
    expect(leaders(story, 'de', '2024-10-22')).toEqual([
      ['alexander-van-der-bellen', 'AUT', 'head of state'],
      ['karl-nehammer', 'AUT', 'head of government'],
      ['magnus-brunner', 'AUT', 'finance minister'],
    ]);
  });

  it('knows US vice presidents, Greek presidents, ECOWAS heads and the press spellings of a few more', () => {
    expect(
      leaders('President Bill Clinton sent Vice President Al Gore to Osaka.', 'en', '1995-11-15'),
    ).toEqual([
      ['bill-clinton', 'USA', 'head of state'],
      ['al-gore', 'USA', 'deputy head of state'],
    ]);
    expect(leaders('Greece was represented by President Karolos Papoulias.', 'en', '2012-06-29')).toEqual([
      ['karolos-papoulias', 'GRC', 'head of state'],
    ]);
    expect(leaders('ECOWAS Commission President Omar Alieu Touray spoke.', 'en', '2023-08-01')).toEqual([
      ['omar-alieu-touray', null, 'head of organization'],
    ]);
    // The son, not the father who died in 2021.
    expect(leaders("Chad's President Mahamat Idriss Deby flew to Niamey.", 'en', '2023-08-01')).toEqual([
      ['mahamat-deby-itno', 'TCD', 'head of state'],
    ]);
    expect(leaders('Fídel Kastró, forseti Kúbu, gagnrýndi Bandaríkin.', 'is', '1998-10-18')).toEqual([
      ['fidel-castro', 'CUB', 'head of state'],
    ]);
    // Maduro stays head of state beside the interim presidency Guaidó claimed from 2019.
    expect(leaders("Venezuela's Nicolás Maduro arrived in Brasília.", 'en', '2023-05-30')).toEqual([
      ['nicolas-maduro', 'VEN', 'head of state'],
    ]);
  });

  it('keeps the head of government named with two titles, and gives the minister title to a collective head', () => {
    const qatar =
      "Qatar's Prime Minister and Foreign Minister Mohammed bin Abdulrahman Al Thani said Israel would free prisoners.";
    expect(leaders(qatar, 'en', '2025-01-16')).toEqual([
      ['mohammed-bin-abdul-rahman-al-thani', 'QAT', 'head of government'],
    ]);
    expect(
      leaders(
        'Mohammed bin Abdulrahman Al Thani, forsætis- og utanríkisráðherra Katars, talaði.',
        'is',
        '2023-11-22',
      ),
    ).toEqual([['mohammed-bin-abdul-rahman-al-thani', 'QAT', 'head of government']]);
    // One title alone is the office the text names.
    expect(leaders('Foreign Minister Mohammed bin Abdulrahman Al Thani spoke.', 'en', '2023-11-22')).toEqual([
      ['mohammed-bin-abdul-rahman-al-thani', 'QAT', 'foreign minister'],
    ]);
  });

  it('knows the Baltic heads of 1990-1992 and German spellings of Arafat, Sharon and Saakashvili', () => {
    expect(
      leaders('Vytautas Landsbergis, forseti æðsta ráðs Litháens, þakkaði Íslendingum.', 'is', '1991-08-27'),
    ).toEqual([['vytautas-landsbergis', 'LTU', 'head of state']]);
    expect(leaders('Palästinenserpräsident Jassir Arafat traf Ariel Scharon.', 'de', '2003-05-01')).toEqual([
      ['yasser-arafat', 'PSE', 'head of state'],
      ['ariel-sharon', 'ISR', 'head of government'],
    ]);
    // One person, not a second one made from the title.
    expect(
      mentionTexts(
        'Georgiens Präsident Michail Saakaschwili stimmte zu. Saakaschwili sprach von Besetzung.',
        'de',
        '2008-08-13',
      ),
    ).toEqual([['mikheil-saakashvili', ['Michail Saakaschwili', 'Saakaschwili']]]);
  });

  it('takes a past title for what it says when the list has no earlier office for the person', () => {
    // Duisenberg is listed only for his ECB presidency, from June 1998.
    expect(
      leaders(
        'Der frühere niederländische Finanzminister Wim Duisenberg sprach in Frankfurt.',
        'de',
        '1998-05-04',
      ),
    ).toEqual([['wim-duisenberg', 'NLD', 'finance minister']]);
  });

  it('ties an untied title to the place its sentence opens with', () => {
    const before = 'Turkish President Recep Tayyip Erdogan joined by phone. ';
    expect(
      leaders(
        `${before}In Damascus, Finance Minister Mohammed Yisr Barnieh said banks would reconnect.`,
        'en',
        '2025-05-23',
      ),
    ).toEqual([
      ['recep-tayyip-erdogan', 'TUR', 'head of state'],
      ['mohammed-yisr-barnieh', 'SYR', 'finance minister'],
    ]);
    expect(
      leaders(
        'Der türkische Präsident Recep Tayyip Erdoğan war zugeschaltet. In Damaskus sagte Finanzminister Mohammed Yisr Barnieh, die Banken kämen zurück.',
        'de',
        '2025-05-23',
      )[1],
    ).toEqual(['mohammed-yisr-barnieh', 'SYR', 'finance minister']);
    // A clause after a comma, and a portfolio an Icelandic paper takes for Iceland's.
    expect(
      leaders(
        'In der Schweiz hatte Bundesrat Alain Berset Veranstaltungen verboten, in Frankreich setzte Gesundheitsminister Olivier Véran auf ähnliche Schritte.',
        'de',
        '2020-03-12',
      )[1],
    ).toEqual(['olivier-veran', 'FRA', 'minister']);
    expect(
      leaders('Í Svíþjóð hefur Lena Hallengren félagsmálaráðherra ekki boðað lokanir.', 'is', '2020-03-16'),
    ).toEqual([['lena-hallengren', 'SWE', 'minister']]);
    // Also for a listed person out of the list's offices on the day (Straw was foreign
    // secretary from 2001; in 1998 the home secretary).
    expect(
      leaders('Í Lundúnum sagði Jack Straw innanríkisráðherra að málið væri alvarlegt.', 'is', '1998-10-18'),
    ).toEqual([['jack-straw', 'GBR', 'minister']]);
    expect(
      leaders(
        'Í Reykjavík sagði Svandís Svavarsdóttir heilbrigðisráðherra að Ísland myndi loka.',
        'is',
        '2020-03-16',
      ),
    ).toEqual([['svandis-svavarsdottir', 'ISL', 'minister']]);
    expect(
      leaders('Talks were held in Paris, Finance Minister Mohammed Yisr Barnieh said.', 'en', '2025-05-23'),
    ).toEqual([['mohammed-yisr-barnieh', null, 'finance minister']]);
  });

  it('knows Haniyeh, Chubais and Egypt, Qatar and Syria foreign ministers in the press spellings', () => {
    expect(
      leaders('Hamas political chief Ismail Haniyeh said the truce was fragile.', 'en', '2023-11-22'),
    ).toEqual([['ismail-haniya', 'PSE', 'head of government']]);
    expect(leaders('Anatoly Chubais, named finance minister this week, spoke.', 'en', '1997-03-21')).toEqual([
      ['anatoly-chubais', 'RUS', 'finance minister'],
    ]);
    expect(
      leaders(
        'Der ägyptische Außenminister Samih Schukri und Chalid al-Attija trafen sich.',
        'de',
        '2015-01-18',
      ),
    ).toEqual([
      ['sameh-shoukry', 'EGY', 'foreign minister'],
      ['khalid-bin-mohammad-al-attiyah', 'QAT', 'foreign minister'],
    ]);
    expect(leaders('Der Verteidigungsminister Mosche Jaalon sprach.', 'de', '2014-08-27')).toEqual([
      ['moshe-ya-alon', 'ISR', 'defence minister'],
    ]);
  });

  it("knows Britain's secretaries for Northern Ireland, Scotland and Wales in each language", () => {
    expect(
      leaders('Northern Ireland Secretary Mo Mowlam said the deal was historic.', 'en', '1998-04-11'),
    ).toEqual([['mo-mowlam', 'GBR', 'minister']]);
    expect(
      leaders(
        'Scottish Secretary Alistair Carmichael and Welsh Secretary Stephen Crabb spoke.',
        'en',
        '2015-03-01',
      ),
    ).toEqual([
      ['alistair-carmichael', 'GBR', 'minister'],
      ['stephen-crabb', 'GBR', 'minister'],
    ]);
    expect(
      leaders(
        'Mo Mowlam, Norður-Írlandsmálaráðherra bresku stjórnarinnar, sagði daginn sögulegan.',
        'is',
        '1998-04-11',
      ),
    ).toEqual([['mo-mowlam', 'GBR', 'minister']]);
    expect(
      leaders('Nordirlandministerin Mo Mowlam sprach von einem historischen Tag.', 'de', '1998-04-11'),
    ).toEqual([['mo-mowlam', 'GBR', 'minister']]);
  });

  it('takes no namesake out of office for decades when another of the name takes office later', () => {
    // The elder Bjarni Benediktsson was prime minister until 1970; the younger led his party in 2009.
    expect(
      leaders(
        'Bjarni Benediktsson, formaður Sjálfstæðisflokksins, gagnrýndi samninginn.',
        'is',
        '2009-06-06',
      ),
    ).toEqual([]);
    expect(leaders('Bjarni Benediktsson sagði af sér.', 'is', '2025-01-06')).toEqual([
      ['bjarni-benediktsson', 'ISL', 'head of government'],
    ]);
  });

  it('knows a name with an umlaut written with e instead of the dots', () => {
    expect(
      mentionTexts(
        'IMF Managing Director Horst Koehler said no. Koehler spoke in Washington.',
        'en',
        '2001-12-05',
      ),
    ).toEqual([['horst-kohler', ['Horst Koehler', 'Koehler']]]);
  });

  it("takes no state's or province's premier or minister for a national leader", () => {
    expect(
      leaders(
        'Ontario Premier Doug Ford said Canada must act. New South Wales Premier Gladys Berejiklian agreed.',
        'en',
        '2021-03-23',
      ),
    ).toEqual([]);
    expect(
      leaders(
        'Bayerns Gesundheitsminister Klaus Holetschek und NRW-Gesundheitsminister Karl-Josef Laumann forderten mehr Tempo. Österreich verschärft die Regeln.',
        'de',
        '2021-03-23',
      ),
    ).toEqual([]);
    // The region after the title, in its genitive or after "of": Northern Ireland and Scotland
    // are the United Kingdom's, their first ministers and ministers no national leaders.
    expect(
      leaders(
        'Arlene Foster, die frühere Regierungschefin Nordirlands, kritisierte den Deal. Kate Forbes, Finanzministerin Schottlands, schwieg.',
        'de',
        '2019-10-17',
      ),
    ).toEqual([]);
    expect(
      leaders(
        "First Minister of Scotland Nicola Sturgeon said no. Scotland's finance minister Kate Forbes agreed.",
        'en',
        '2022-10-17',
      ),
    ).toEqual([]);
    expect(leaders('Kate Forbes, fjármálaráðherra Skotlands, sagði nei.', 'is', '2022-10-17')).toEqual([]);
    // The United Kingdom's own ministers for its nations stay.
    expect(leaders('Northern Ireland Secretary Chris Heaton-Harris said no.', 'en', '2022-10-17')).toEqual([
      ['chris-heaton-harris', 'GBR', 'minister'],
    ]);
    // National titles stay: a federal minister, and a state minister of Bangladesh's government.
    expect(leaders('Bundesgesundheitsminister Jens Spahn sprach.', 'de', '2021-03-23')).toEqual([
      ['jens-spahn', 'DEU', 'minister'],
    ]);
    expect(
      leaders("Bangladesh's State Minister for Disaster Management Enamur Rahman spoke.", 'en', '2023-05-15'),
    ).toEqual([['enamur-rahman', 'BGD', 'minister']]);
  });

  it("knows Kosovo's presidents and premiers and Finland's foreign and defence ministers", () => {
    expect(leaders('Präsidentin Vjosa Osmani begrüßte das Ergebnis.', 'de', '2023-03-19')).toEqual([
      ['vjosa-osmani', 'XKK', 'head of state'],
    ]);
    expect(
      leaders('Verteidigungsminister Antti Kaikkonen sagte, Russland warne.', 'de', '2022-05-18'),
    ).toEqual([['antti-kaikkonen', 'FIN', 'defence minister']]);
  });

  it('reads "früher" as a past title and no compound on an acronym as a given name', () => {
    expect(
      leaders(
        'Der EU-Sonderbeauftragte Miroslav Lajčák, früher slowakischer Außenminister, soll die Umsetzung überwachen.',
        'de',
        '2023-03-19',
      ),
    ).toEqual([['miroslav-lajcak', 'SVK', 'foreign minister']]);
  });

  it('reads "was sworn in as" and "Deputy President" as the press uses them', () => {
    expect(
      leaders('Kenya has a new cabinet. Hassan Joho was sworn in as mining minister.', 'en', '2024-08-08'),
    ).toEqual([['hassan-joho', 'KEN', 'minister']]);
    expect(leaders("South Africa's Deputy President Paul Mashatile attended.", 'en', '2024-06-30')).toEqual([
      ['paul-mashatile', 'ZAF', 'deputy head of state'],
    ]);
    expect(leaders("The company's deputy president John Smith spoke.", 'en', '2024-06-30')).toEqual([]);
    expect(
      leaders('John Mbadi took the oath as Cabinet Secretary for the National Treasury.', 'en', '2024-08-08'),
    ).toEqual([['john-mbadi', 'KEN', 'finance minister']]);
    expect(leaders('Prime Minister Raja Pervaiz Ashraf faced a crisis.', 'en', '2013-01-15')).toEqual([
      ['raja-pervez-ashraf', 'PAK', 'head of government'],
    ]);
  });

  it('knows names with joined initials and follows an Icelander named by title by the given names', () => {
    expect(
      leaders(
        'Defence Minister A.K. Antony told a committee that the army could respond.',
        'en',
        '2013-01-15',
      ),
    ).toEqual([['a-k-antony', 'IND', 'defence minister']]);
    expect(
      mentionTexts(
        'Sigurður Ingi Jóhannsson, sjávarútvegs- og landbúnaðarráðherra, sagði þetta. „Við höfum rétt til veiða,“ sagði Sigurður Ingi.',
        'is',
        '2013-08-21',
      ),
    ).toEqual([['sigurdur-ingi-johannsson', ['Sigurður Ingi Jóhannsson', 'Sigurður Ingi']]]);
    expect(
      mentionTexts(
        'Jón Gunnar Pétursson, dómsmálaráðherra, sagði þetta. „Við skoðum málið,“ sagði Jón Gunnar.',
        'is',
        '2013-08-21',
      ),
    ).toEqual([['jon-gunnar-petursson', ['Jón Gunnar Pétursson', 'Jón Gunnar']]]);
  });

  it('takes a word said alone for the person just named in full with it, not a leader who shares it', () => {
    expect(
      leaders(
        'Bjarni Þór Gunnarsson var ánægður með íslenska liðið. „Við sungum,“ sagði Bjarni.',
        'is',
        '2017-06-12',
      ),
    ).toEqual([]);
    expect(
      leaders(
        'Australian Treasurer Josh Frydenberg welcomed the deal. Andrew Morrison, an analyst at Morgans, said the price was full. "It was full," Morrison said.',
        'en',
        '2021-12-08',
      ),
    ).toEqual([['josh-frydenberg', 'AUS', 'finance minister']]);
    expect(
      leaders(
        'In Deutschland sagte Analystin Claudia Merkel, sie sei skeptisch. Merkel verweist auf Risiken.',
        'de',
        '2018-06-07',
      ),
    ).toEqual([]);
    // An honorific, a noun after an article or the leader's own name in another spelling are no one else.
    expect(
      leaders('Deutschland debattiert. Die Ära Merkel geht zu Ende. Merkel schwieg.', 'de', '2018-06-07'),
    ).toEqual([['angela-merkel', 'DEU', 'head of government']]);
    expect(
      leaders(
        'Bassirou Diomaye Faye hefur skipað nýja stjórn í Senegal. Faye er 44 ára.',
        'is',
        '2024-04-10',
      ),
    ).toEqual([['bassirou-diomaye-diakhar-faye', 'SEN', 'head of state']]);
  });

  it("keeps France's president French, one person found by surname and full name one, and more portfolios", () => {
    expect(leaders('Former president Francois Hollande paid tribute.', 'en', '2018-10-02')).toEqual([
      ['francois-hollande', 'FRA', 'head of state'],
    ]);
    expect(
      mentionTexts(
        "Former budget minister Cahuzac jailed. A court sentenced Jerome Cahuzac, the former budget minister who led France's fight against tax evasion. Mr Cahuzac stood still.",
        'en',
        '2016-12-08',
      ),
    ).toEqual([['jerome-cahuzac', ['Cahuzac', 'Jerome Cahuzac', 'Cahuzac']]]);
    expect(
      leaders('U.S. Health and Human Services Secretary Kathleen Sebelius spoke.', 'en', '2009-06-12'),
    ).toEqual([['kathleen-sebelius', 'USA', 'minister']]);
    expect(
      leaders('Kulturstaatsministerin Monika Grütters nannte ihn einen Mahner.', 'de', '2015-04-13'),
    ).toEqual([['monika-grutters', 'DEU', 'minister']]);
    expect(leaders('In Nelson Mandela Bay, voters queued again.', 'en', '2024-04-26')).toEqual([]);
  });

  it("takes a deputy's title alone for the deputy of the head just named, or of the state just before it", () => {
    expect(
      leaders(
        'Argentine President Fernando de la Rua faces a default. His coalition has frayed since Vice President Carlos Alvarez resigned.',
        'en',
        '2001-12-05',
      )[1],
    ).toEqual(['carlos-alvarez', 'ARG', 'deputy head of state']);
    expect(
      leaders(
        'Bundeskanzlerin Angela Merkel trauerte. Auch Vizekanzler Sigmar Gabriel sprach.',
        'de',
        '2015-04-13',
      )[1],
    ).toEqual(['sigmar-gabriel', 'DEU', 'deputy head of government']);
    expect(
      leaders(
        'Absent was British Prime Minister Rishi Sunak. China sent Vice President Han Zheng.',
        'en',
        '2023-06-23',
      )[1],
    ).toEqual(['han-zheng', 'CHN', 'deputy head of state']);
    // Not a body's vice president, nor a deputy far from any head.
    expect(
      leaders(
        'Chancellor Olaf Scholz spoke. European Commission Vice President Maros Sefcovic agreed.',
        'en',
        '2023-05-01',
      ),
    ).toEqual([['olaf-scholz', 'DEU', 'head of government']]);
  });

  it("knows Australia's foreign and defence ministers and treasurers, and a past title between two offices", () => {
    expect(
      leaders(
        'He is due to meet Premier Li Qiang, accompanied by Foreign Minister Penny Wong.',
        'en',
        '2023-11-06',
      ),
    ).toEqual([
      ['li-qiang', 'CHN', 'head of government'],
      ['penny-wong', 'AUS', 'foreign minister'],
    ]);
    // Macron between his ministry (not in the list) and his presidency: the text's past title.
    expect(
      leaders('Emmanuel Macron, fyrrverandi efnahagsráðherra Frakklands, komst áfram.', 'is', '2017-04-24'),
    ).toEqual([['emmanuel-macron', 'FRA', 'minister']]);
    expect(leaders('Emmanuel Macron komst áfram í síðari umferð.', 'is', '2017-04-24')).toEqual([]);
  });

  it('follows an Icelander with two given names by both, in every case', () => {
    expect(
      mentionTexts(
        'Jón Baldvin Hannibalsson utanríkisráðherra fór til Vilníus. Jón Baldvin sagði fátt. Ræða Jóns Baldvins var stutt.',
        'is',
        '1991-08-27',
      ),
    ).toEqual([['jon-baldvin-hannibalsson', ['Jón Baldvin Hannibalsson', 'Jón Baldvin', 'Jóns Baldvins']]]);
  });

  it("gives a listed person's untied minister title their own state, and reads national security advisers", () => {
    expect(leaders('Außenminister Alexander Schallenberg sprach in Wien.', 'de', '2024-09-30')).toEqual([
      ['alexander-schallenberg', 'AUT', 'foreign minister'],
    ]);
    expect(
      leaders(
        'Lars Løkke Rasmussen utanríkisráðherra sagði að Bandaríkjaher væri velkominn.',
        'is',
        '2025-03-29',
      ),
    ).toEqual([['lars-lokke-rasmussen', 'DNK', 'foreign minister']]);
    expect(leaders('National Security Adviser Mike Waltz came too.', 'en', '2025-03-29')).toEqual([
      ['mike-waltz', 'USA', 'minister'],
    ]);
    expect(leaders('Petró Porosjenkó, forseti Úkraínu, neitar sök.', 'is', '2016-04-08')).toEqual([
      ['petro-poroshenko', 'UKR', 'head of state'],
    ]);
  });

  it("knows Gaddafi's rule of Libya and the press spellings of his name", () => {
    expect(
      mentionTexts('Muammar Gaddafi promised a long war. Gaddafi spoke again.', 'en', '2011-03-21'),
    ).toEqual([['muammar-al-gaddafi', ['Muammar Gaddafi', 'Gaddafi']]]);
    expect(leaders('Múammar Gaddafí hótaði.', 'is', '2011-03-21')).toEqual([
      ['muammar-al-gaddafi', 'LBY', 'head of state'],
    ]);
  });

  it('reads a title before an honorific and a name set off by commas', () => {
    const qatar =
      "Qatar's foreign minister, Sheikh Mohammed bin Abdulrahman Al Thani, called on the Taliban to act.";
    expect(leaders(qatar, 'en', '2021-08-16')).toEqual([
      ['mohammed-bin-abdul-rahman-al-thani', 'QAT', 'foreign minister'],
    ]);
  });

  it('reads a given name that is also a capital as part of the name', () => {
    expect(
      leaders('Argentine Foreign Minister Santiago Cafiero said the talks went well.', 'en', '2023-11-20'),
    ).toEqual([['santiago-cafiero', 'ARG', 'foreign minister']]);
    expect(countries('The minister flew to Wellington and Santiago.', 'en')).toEqual([]);
    expect(
      leaders(
        'Taiwans Verteidigungsminister Wellington Koo sagte, die Streitkräfte seien bereit.',
        'de',
        '2024-05-27',
      ),
    ).toEqual([['wellington-koo', 'TWN', 'defence minister']]);
  });

  it("reads South Korea's unification and security ministers in German, and no leader in a foundation's name", () => {
    expect(
      leaders('Südkoreas Vereinigungsminister Kim Yung Ho sprach von einer Provokation.', 'de', '2024-05-27'),
    ).toEqual([['kim-yung-ho', 'KOR', 'minister']]);
    expect(
      leaders('Der Analyst Oliver Stuenkel von der Stiftung Getulio Vargas sagte das.', 'de', '2024-11-19'),
    ).toEqual([]);
  });

  it('reads no phrase over a comma', () => {
    // Not the junior "deputy foreign minister" across the comma.
    expect(
      leaders(
        'His deputy, Foreign Minister Simon Coveney, called it a good outcome for Ireland.',
        'en',
        '2019-10-17',
      ),
    ).toEqual([['simon-coveney', 'IRL', 'foreign minister']]);
  });

  it('reads a German surname in the genitive beside its noun as the leader', () => {
    expect(
      mentionTexts(
        'Bundeskanzler Helmut Kohl sprach. Kohls Politik und die Politik Kohls wurden gelobt.',
        'de',
        '1991-01-17',
      ),
    ).toEqual([['helmut-kohl', ['Helmut Kohl', 'Kohls', 'Kohls']]]);
  });

  it('reads a title before a name set off by commas, for a listed person holding it before the listed office', () => {
    expect(
      leaders('Colombia is angry. His defence minister, Juan Manuel Santos, said so.', 'en', '2008-03-03'),
    ).toEqual([['juan-manuel-santos', 'COL', 'defence minister']]);
  });

  it('reads a title after a verb phrase that keeps the holder in office', () => {
    expect(leaders('In Britain, Patricia Hewitt stays on as Health Secretary.', 'en', '2006-05-06')).toEqual([
      ['patricia-hewitt', 'GBR', 'minister'],
    ]);
  });

  it("gives a title implying the paper's own state to a foreign brief's state when the article never names its own", () => {
    const brief =
      'Javier Milei, forseti Argentínu, fagnar. Mario Russo heilbrigðisráðherra varar við erfiðum mánuðum.';
    expect(leaders(brief, 'is', '2024-04-12')).toEqual([
      ['javier-milei', 'ARG', 'head of state'],
      ['mario-russo', 'ARG', 'minister'],
    ]);
    expect(
      leaders(
        'Joe Biden Bandaríkjaforseti talaði. Svandís Svavarsdóttir matvælaráðherra ræddi við Íslendinga.',
        'is',
        '2023-09-12',
      ),
    ).toEqual([
      ['joe-biden', 'USA', 'head of state'],
      ['svandis-svavarsdottir', 'ISL', 'minister'],
    ]);
  });
});

describe('leaders: probe round 17', () => {
  it('links "Mr Blair", as British papers write it, to the Blair named before', () => {
    expect(mentionTexts('Tony Blair met MPs. Later Mr Blair spoke.', 'en', '2003-03-11')).toEqual([
      ['tony-blair', ['Tony Blair', 'Blair']],
    ]);
  });

  it('reads a British cabinet title as British', () => {
    expect(
      leaders(
        'International Development Secretary Clare Short described the plan as reckless.',
        'en',
        '2003-03-11',
      ),
    ).toEqual([['clare-short', 'GBR', 'minister']]);
  });

  it('finds foreign women named in the Icelandic oblique cases, with the u-umlaut', () => {
    expect(
      mentionTexts('Petteri Orpo tók við af Sönnu Marin. Trump gagnrýndi Kamölu Harris.', 'is', '2024-08-01'),
    ).toEqual([
      ['petteri-orpo', ['Petteri Orpo']],
      ['sanna-marin', ['Sönnu Marin']],
      ['kamala-harris', ['Kamölu Harris']],
    ]);
  });

  it('reads an untied minister with a German or Austrian party in brackets as of that state', () => {
    expect(
      leaders(
        'Die USA erheben Zölle. Wirtschaftsministerin Katherina Reiche (CDU) nannte das Ergebnis tragfähig.',
        'de',
        '2025-07-28',
      ),
    ).toEqual([['katherina-reiche', 'DEU', 'minister']]);
    expect(
      leaders(
        'Die Ukraine bat um Hilfe. Innenminister Gerhard Karner (ÖVP) sagte Unterstützung zu.',
        'de',
        '2024-03-01',
      ),
    ).toEqual([['gerhard-karner', 'AUT', 'minister']]);
  });

  it("finds the USSR's leaders of 1990-91 as the Soviet Union's", () => {
    expect(
      leaders(
        'Michail Gorbatschow und Helmut Kohl einigten sich. Der sowjetische Außenminister Eduard Schewardnadse sprach.',
        'de',
        '1990-09-13',
      ),
    ).toEqual([
      ['mikhail-gorbachev', 'SUN', 'head of state'],
      ['helmut-kohl', 'DEU', 'head of government'],
      ['eduard-shevardnadze', 'SUN', 'foreign minister'],
    ]);
  });

  it('finds the leaders of East Germany, Czechoslovakia and Yugoslavia as their states’', () => {
    expect(
      leaders(
        'Für die DDR unterschrieb Ministerpräsident Lothar de Maizière. Václav Havel gratulierte. Der jugoslawische Regierungschef Ante Marković schwieg.',
        'de',
        '1990-08-31',
      ),
    ).toEqual([
      ['lothar-de-maiziere', 'DDR', 'head of government'],
      ['vaclav-havel', 'CSK', 'head of state'],
      ['ante-markovic', 'YUG', 'head of government'],
    ]);
  });

  it("reads a deputy's untied title as of the state whose head the article names, paragraphs before", () => {
    expect(
      leaders(
        'South African President Cyril Ramaphosa announced a cabinet. John Steenhuisen becomes minister of agriculture. He spoke at length.\n\nPaul Mashatile remains deputy president.',
        'en',
        '2024-06-30',
      ),
    ).toContainEqual(['paul-mashatile', 'ZAF', 'deputy head of state']);
  });

  it('gives a surname beside a title the full name the article used before', () => {
    expect(
      mentionTexts(
        'Die ÖVP von Bundeskanzler Karl Nehammer verlor. Die FPÖ von Herbert Kickl gewann. Kickl, der frühere Innenminister, will Kanzler werden.',
        'de',
        '2024-09-30',
      ),
    ).toEqual([
      ['karl-nehammer', ['Karl Nehammer']],
      ['herbert-kickl', ['Herbert Kickl', 'Kickl']],
    ]);
  });

  it('reads past a party between a name and its title link', () => {
    expect(
      leaders(
        'South African President Cyril Ramaphosa named his cabinet. Enoch Godongwana of the ANC stays on as finance minister.',
        'en',
        '2024-06-30',
      ),
    ).toContainEqual(['enoch-godongwana', 'ZAF', 'finance minister']);
    expect(leaders('A former aide of the President of France was named finance minister.', 'en')).toEqual([]);
  });

  it('finds names from Hebrew and Persian as German papers spell them', () => {
    expect(
      leaders(
        'Verteidigungsminister Joav Gallant sprach mit Zipi Livni. Salam Fajad traf Manutschehr Mottaki.',
        'de',
        '2023-10-18',
      ).map(([id]) => id),
    ).toEqual(['yoav-gallant', 'tzipi-livni', 'salam-fayyad', 'manouchehr-mottaki']);
  });

  it('reads the people of Liechtenstein and Luxembourg as their states', () => {
    expect(
      countries('Íslendingar, Norðmenn og Liechtensteinbúar sömdu. Lúxemborgarbúar kusu.', 'is'),
    ).toEqual(['ISL', 'NOR', 'LIE', 'LUX']);
  });
});

describe('probe round 18', () => {
  it('reads no state in a given name, a central bank or a ship', () => {
    expect(
      countries('Die Korrespondentin Katarzyna Nowak berichtet. Die Katarkrise dauert an.', 'de'),
    ).toEqual(['QAT']);
    expect(
      countries('The Bank of Canada cut rates. The Swiss National Bank and the Bank of Japan held.', 'en'),
    ).toEqual([]);
    expect(countries("Japan's central bank held. Canada cut rates.", 'en')).toEqual(['JPN', 'CAN']);
    expect(
      leaders('Washington sent the aircraft carrier USS Gerald R. Ford to the region.', 'en', '2023-10-09'),
    ).toEqual([]);
  });

  it("reads a byline's given name as no state, and its surname as no leader's", () => {
    expect(
      extract({
        body: 'Polens Regierung\n\nVon Katarzyna Duda, Warschau\n\nDer Sejm tagte am Montag.',
        lang: 'de',
        publishedAt: '2023-12-13',
      }).leaders,
    ).toEqual([]);
  });

  it("drops a byline with a place after a comma, even when its name is a former leader's", () => {
    expect(
      extract({
        body: 'Schweden tritt bei\n\nVon Jan Fischer, Stockholm\n\nSchweden ist Mitglied der Nato.',
        lang: 'de',
        publishedAt: '2024-03-07',
      }).leaders,
    ).toEqual([]);
  });

  it("gives no one a title that is a relative's (en, is, de)", () => {
    expect(
      leaders(
        'The wife of the Soviet leader, Raisa Gorbacheva, drew attention. The Soviet leader, Mikhail Gorbachev, spoke.',
        'en',
        '2016-10-11',
      ),
    ).toEqual([['mikhail-gorbachev', 'SUN', 'head of state']]);
    expect(
      leaders('Eiginkona sovéska leiðtogans, Raísa Gorbatsjova, vakti athygli.', 'is', '2016-10-11'),
    ).toEqual([]);
    expect(
      leaders(
        'Die Frau des sowjetischen Staatschefs, Raissa Gorbatschowa, sorgte für Aufsehen.',
        'de',
        '2016-10-11',
      ),
    ).toEqual([]);
  });

  it('reads a later office as one the person held ("later", "sem síðar varð")', () => {
    expect(
      leaders('Henry Kissinger, later secretary of state, did the groundwork.', 'en', '2025-08-14').map(
        (l) => l[0],
      ),
    ).toEqual(['henry-kissinger']);
    expect(
      leaders(
        'Henry Kissinger, sem síðar varð utanríkisráðherra Bandaríkjanna, hringdi í Fischer.',
        'is',
        '2016-10-11',
      ),
    ).toEqual([['henry-kissinger', 'USA', 'foreign minister']]);
  });

  it('reads a one-word minister title of a portfolio the list lacks (de, is)', () => {
    expect(
      leaders('Schwedens Zivilschutzminister Carl-Oskar Bohlin warnte vor einem Krieg.', 'de', '2024-03-07'),
    ).toEqual([['carl-oskar-bohlin', 'SWE', 'minister']]);
    expect(
      leaders('Sanae Takaichi, efnahagsöryggisráðherra Japans, býður sig fram.', 'is', '2024-08-14'),
    ).toEqual([['sanae-takaichi', 'JPN', 'minister']]);
    // Untied, or a German Land's: no one.
    expect(
      leaders('Zivilschutzminister Carl-Oskar Bohlin warnte vor einem Krieg.', 'de', '2024-03-07'),
    ).toEqual([]);
    expect(leaders('Hessens Landesminister Kai Klose warnte vor Kürzungen.', 'de', '2024-03-07')).toEqual([]);
  });

  it('leaves a military rank out of a name read back from its title', () => {
    expect(
      extract({
        body: 'In Niger, Gen Salifou Mody becomes defence minister.',
        lang: 'en',
        publishedAt: '2023-08-11',
      }).leaders.map((l) => [l.name, l.country, l.role]),
    ).toEqual([['Salifou Mody', 'NER', 'defence minister']]);
  });

  it('reads "the late" after a name before its title ("X heitinn, var …")', () => {
    expect(
      leaders('Faðir hans, Thorvald Stoltenberg heitinn, var utanríkisráðherra Noregs.', 'is', '2023-04-04'),
    ).toEqual([['thorvald-stoltenberg', 'NOR', 'foreign minister']]);
  });

  it('links no one whose listed name a particle and a name continue ("Mohammed Said al-Sahhaf")', () => {
    expect(leaders('Mohammed Said al-Sahhaf beschimpfte die Angreifer.', 'de', '2003-03-20')).toEqual([]);
  });

  it("links no shortened name under a head's title its namesake never held", () => {
    const result = extract({
      body: 'In Spanien versucht die Großbank BBVA unter ihrem Präsidenten Carlos Torres, Sabadell zu übernehmen. Wirtschaftsminister Carlos Cuerpo ist dagegen.',
      lang: 'de',
      publishedAt: '2024-09-24',
    });
    expect(result.leaders.map((l) => [l.id, l.country])).toEqual([['carlos-cuerpo', 'ESP']]);
    expect(result.countries.map((c) => c.iso3)).toEqual(['ESP']);
  });

  it('links "Saddam" after the full name, and reads "his minister" as his state\'s', () => {
    expect(
      mentionTexts(
        'Saddam Hussein appeared on television. A defiant Saddam said Iraq would win. His information minister, Mohammed Saeed al-Sahhaf, said the invaders would be defeated. The White House declined to comment.',
        'en',
        '2003-03-20',
      ),
    ).toEqual([
      ['saddam-hussein', ['Saddam Hussein', 'Saddam']],
      ['mohammed-saeed-al-sahhaf', ['Mohammed Saeed al-Sahhaf']],
    ]);
    expect(
      leaders(
        'Saddam Hussein appeared on television. His information minister, Mohammed Saeed al-Sahhaf, said the invaders would be defeated. The White House declined to comment.',
        'en',
        '2003-03-20',
      ),
    ).toEqual([
      ['saddam-hussein', 'IRQ', 'head of state'],
      ['mohammed-saeed-al-sahhaf', 'IRQ', 'minister'],
    ]);
  });

  it("reads a deputy's title as of a state its sentence names after the last head", () => {
    expect(
      leaders(
        'Anthony Albanese spoke. India was represented by Vice-President Jagdeep Dhankhar.',
        'en',
        '2023-05-06',
      ),
    ).toEqual([
      ['anthony-albanese', 'AUS', 'head of government'],
      ['jagdeep-dhankhar', 'IND', 'deputy head of state'],
    ]);
  });

  it('links middle initials written without stops or spaces ("George HW Bush", "George H.W. Bush")', () => {
    for (const body of [
      'He negotiated with President George HW Bush.',
      'He negotiated with President George H.W. Bush.',
    ])
      expect(leaders(body, 'en', '2022-08-31')).toEqual([['george-h-w-bush', 'USA', 'head of state']]);
  });

  it("makes no heir a head of government by the title 'Crown Prince' alone", () => {
    expect(leaders("Japan's Crown Prince Akishino was among the guests.", 'en', '2023-05-06')).toEqual([]);
    expect(leaders('Japans Kronprinz Akishino war unter den Gästen.', 'de', '2023-05-06')).toEqual([]);
  });

  it('reads a given name after the full name as that person, not a namesake by surname', () => {
    const result = extract({
      body: 'Saudi Crown Prince Mohammed bin Salman was among the guests. Crown Prince Mohammed spoke.',
      lang: 'en',
      publishedAt: '2023-05-06',
    });
    expect(result.leaders.map((l) => [l.id, l.mentions.map((m) => m.text)])).toEqual([
      ['mohammed-bin-salman', ['Mohammed bin Salman', 'Mohammed']],
    ]);
    expect(result.countries.map((c) => c.iso3)).toEqual(['SAU']);
  });

  it('links no listed name that a hyphened syllable continues ("Lee Jun-seok" is not Lee Jun)', () => {
    expect(leaders('Der Reformpolitiker Lee Jun-seok landete bei acht Prozent.', 'de', '2025-06-04')).toEqual(
      [],
    );
    expect(leaders('Kim Jong-un and Lee Jae-myung met.', 'en', '2025-06-04').map((l) => l[0])).toEqual([
      'kim-jong-un',
      'lee-jae-myung',
    ]);
  });

  it('reads a German title after the name opened by an indefinite article ("X, ein früherer …")', () => {
    expect(
      leaders(
        'Dabei war der EU-Sondergesandte Miroslav Lajčák, ein früherer slowakischer Außenminister.',
        'de',
        '2023-03-19',
      ),
    ).toEqual([['miroslav-lajcak', 'SVK', 'foreign minister']]);
  });

  it("reads regnal numerals with their stop, and inflected queens' names (is, de)", () => {
    expect(
      mentionTexts(
        'Karl III. Bretakonungur var krýndur í dag. Karl XVI. Gústaf Svíakonungur var viðstaddur. Þau minntust útfarar Elísabetar II. drottningar.',
        'is',
        '2023-05-06',
      ),
    ).toEqual([
      ['charles-iii', ['Karl III']],
      ['carl-xvi-gustaf', ['Karl XVI. Gústaf']],
      ['elizabeth-ii', ['Elísabetar II']],
    ]);
    expect(
      mentionTexts('König Carl XVI. Gustaf kam nach London.', 'de', '2023-05-06').map((l) => l[1]),
    ).toEqual([['König Carl XVI. Gustaf']]);
  });

  it("gives no one listed for another state the paper's own by a title alone (is)", () => {
    for (const day of ['2025-06-04', '2025-06-05'])
      expect(
        leaders('Lee Ju-ho menntamálaráðherra tók við embætti forseta til bráðabirgða.', 'is', day),
      ).toEqual([['lee-ju-ho', 'KOR', 'minister']]);
  });

  it("keeps a listed holder beside a relative's or an aide's title", () => {
    expect(
      leaders(
        'Mykhailo Podolyak, an adviser to the Ukrainian president, Volodymyr Zelenskiy, said so.',
        'en',
        '2023-05-10',
      ),
    ).toEqual([['volodymyr-zelenskyy', 'UKR', 'head of state']]);
    expect(
      leaders(
        'Hunter Biden, the son of the US president, Joe Biden, pleaded not guilty.',
        'en',
        '2023-08-01',
      ),
    ).toEqual([['joe-biden', 'USA', 'head of state']]);
  });

  it('reads "Later," opening a sentence as no sign of a past title', () => {
    expect(
      leaders('Later, Interior Minister Dominique de Villepin visited Corsica.', 'en', '2004-10-01'),
    ).toEqual([['dominique-de-villepin', 'FRA', 'minister']]);
  });

  it("makes no shadow or deputy minister a minister by a title's ending (de, is)", () => {
    expect(
      leaders('Großbritanniens Schattenaußenminister David Lammy kritisierte ihn.', 'de', '2023-03-01'),
    ).toEqual([]);
    expect(
      leaders('Russlands Vizeverteidigungsminister Timur Iwanow wurde festgenommen.', 'de', '2024-04-25'),
    ).toEqual([]);
    expect(
      leaders('Tímúr Ívanov, aðstoðarvarnarmálaráðherra Rússlands, var handtekinn.', 'is', '2024-04-25'),
    ).toEqual([]);
  });

  it("reads a rank as a given name for a leader's surname ('General Sharif')", () => {
    expect(
      leaders('Pakistan army chief General Sharif visited troops in Waziristan.', 'en', '2015-06-01'),
    ).toEqual([]);
  });

  it("keeps a leader's own name words after a particle, and names of long words before '-led'", () => {
    expect(
      leaders("Qatar's emir, Sheikh Tamim bin Hamad al-Thani, met Joe Biden.", 'en', '2023-06-01').map(
        (l) => l[0],
      ),
    ).toEqual(['tamim-bin-hamad-al-thani', 'joe-biden']);
    expect(
      leaders("India's Narendra Modi-led government announced new tariffs.", 'en', '2019-06-01').map(
        (l) => l[0],
      ),
    ).toEqual(['narendra-modi']);
  });

  it('links a given name alone to the person named in full only under a title or honorific', () => {
    expect(
      mentionTexts(
        'Saudi Crown Prince Mohammed bin Salman announced the reforms. In Riyadh, Mohammed, a 34-year-old teacher, said he welcomed them.',
        'en',
        '2023-06-01',
      ),
    ).toEqual([['mohammed-bin-salman', ['Mohammed bin Salman']]]);
  });

  it("takes no deputy's state from the head's own sentence ('criticised China, and Vice President …')", () => {
    expect(
      leaders(
        'Philippine President Rodrigo Duterte criticised China on Monday, and Vice President Leni Robredo backed him.',
        'en',
        '2019-03-01',
      ),
    ).toEqual([
      ['rodrigo-duterte', 'PHL', 'head of state'],
      ['leni-robredo', 'PHL', 'deputy head of state'],
    ]);
  });

  it('ends a sentence at "Xi." (is)', () => {
    expect(
      extract({
        body: 'Bandaríkin gagnrýndu Xi. Rússland sendi hermenn til Hvíta-Rússlands.',
        lang: 'is',
        publishedAt: '2023-04-06',
      }).events.filter((e) => e.source.includes('USA') && e.target.includes('RUS')),
    ).toEqual([]);
  });

  it('reads a capital as its state after a verb of hearing from it ("heyrst frá")', () => {
    expect(countries('Ekkert hefur heyrst frá Pjongjang.', 'is', '2025-06-04')).toEqual(['PRK']);
    expect(countries('Hann flaug frá Pjongjang til Moskvu.', 'is', '2025-06-04')).toEqual([]);
  });

  it("reads a successor state's title over a surname as the former state's office it had", () => {
    expect(
      leaders(
        'Nach den Kremlchefs Breschnew, Andropow und Tschernenko kam Gorbatschow.',
        'de',
        '2022-08-31',
      )[0],
    ).toEqual(['leonid-brezhnev', 'SUN', 'head of state']);
  });

  it('reads "in May" and "May 2017" as the month, not Theresa May', () => {
    expect(
      mentionTexts(
        'Britain will hold local elections in May. The vote comes as Theresa May prepares Brexit talks. May said so.',
        'en',
        '2017-03-13',
      ),
    ).toEqual([['theresa-may', ['Theresa May', 'May']]]);
  });

  it("ties no title to a state through the adjective of another body ('president of the Russian Chess Federation')", () => {
    expect(
      leaders('Andrei Filatov, president of the Russian Chess Federation, spoke.', 'en', '2024-02-09'),
    ).toEqual([]);
    expect(leaders('Valerí Gerasímov, forseti rússneska herráðsins, tjáði sig.', 'is', '2024-02-09')).toEqual(
      [],
    );
    expect(
      leaders('Andrej Filatow, Präsident des russischen Schachverbands, äußerte sich.', 'de', '2024-02-09'),
    ).toEqual([]);
    // The state's own nouns still tie it.
    expect(leaders('Jean Dupont, president of the French Republic, spoke.', 'en', '2024-02-09')).toEqual([
      ['jean-dupont', 'FRA', 'head of state'],
    ]);
  });

  it('reads a title after portfolios joined by "and", and no deputy minister as the minister', () => {
    expect(
      leaders(
        'Prime Minister Mikhail Mishustin proposed Denis Manturov, the industry and trade minister, as first deputy prime minister.',
        'en',
        '2024-05-13',
      ),
    ).toEqual([
      ['mikhail-mishustin', 'RUS', 'head of government'],
      ['denis-manturov', 'RUS', 'minister'],
    ]);
    expect(
      leaders(
        'Der stellvertretende Verteidigungsminister Timur Iwanow wurde festgenommen.',
        'de',
        '2024-05-13',
      ),
    ).toEqual([]);
  });

  it('ends a German name before a minister\'s title ("Pjotr Musterow Minister werden")', () => {
    expect(
      leaders(
        'In Russland soll der russische Vizeregierungschef Pjotr Musterow Minister werden.',
        'de',
        '2024-05-13',
      ),
    ).toEqual([['pjotr-musterow', 'RUS', 'deputy head of government']]);
  });

  it('keeps the fixes of probe round 28 from misfiring (a second review)', () => {
    // A verb before "and" is no portfolio of the title after it.
    expect(
      leaders(
        "Russia's army chief Valery Gerasimov arrived and the defence minister followed.",
        'en',
        '2023-05-01',
      ),
    ).toEqual([]);
    // A government's own nouns and words that describe one still tie the title to the state.
    expect(
      leaders(
        'Mohammed Mustafa, Ministerpräsident der Palästinensischen Autonomiebehörde, traf Blinken.',
        'de',
        '2024-05-01',
      )[0],
    ).toEqual(['mohammed-mustafa', 'PSE', 'head of government']);
    expect(
      leaders(
        'Turkey hosted Hamid Dbeibah, prime minister of the Libyan unity government.',
        'en',
        '2023-05-01',
      ),
    ).toEqual([['abdul-hamid-dbeibah', 'LBY', 'head of government']]);
    // "May" before a verb or a possessive is the person.
    expect(
      mentionTexts(
        "Theresa May faced a revolt. MPs lost confidence in May after the vote. Two ministers in May's cabinet resigned.",
        'en',
        '2018-12-12',
      ),
    ).toEqual([['theresa-may', ['Theresa May', 'May', "May's"]]]);
    // German respellings keep the single s of names from other languages.
    expect(
      leaders('Am Montag sagte Lewon Ter-Petrosjan, der Westen sei schuld.', 'de', '1996-05-01'),
    ).toEqual([['levon-ter-petrosyan', 'ARM', 'head of state']]);
    // A capital describing people is no state.
    expect(countries('Police investigated threats from London gangs.', 'en', '2023-05-01')).toEqual([]);
    // A deputy's qualifier before the state's adjective.
    expect(
      leaders('Der stellvertretende russische Außenminister Sergej Rjabkow sagte das.', 'de', '2023-05-01'),
    ).toEqual([]);
    // No successor's title for a namesake of the former state's office.
    expect(
      leaders('Serbian Prime Minister Markovic said the talks would resume.', 'en', '2001-05-01').map(
        (l) => l[0],
      ),
    ).not.toContain('ante-markovic');
  });

  it("reads a deputy's untied title as of the state named just before", () => {
    expect(
      leaders(
        'Präsident Boris Jelzin dankte. Das serbische Parlament billigte den Plan. Lediglich die Partei von Vizepremier Vojislav Šešelj stimmte dagegen.',
        'de',
        '1999-06-04',
      ),
    ).toContainEqual(['vojislav-seselj', 'SRB', 'deputy head of government']);
  });

  it('reads a capital in the genitive after a noun of stance or action as its state', () => {
    expect(countries('Der Angriff Teherans wurde verurteilt.', 'de', '2024-04-15')).toEqual(['IRN']);
    expect(countries('Er gilt als Kritiker Moskaus.', 'de', '2023-12-13')).toEqual(['RUS']);
    expect(
      countries('Die Regierung gab die Turbine frei, sehr zum Ärger Kiews.', 'de', '2022-07-21'),
    ).toEqual(['UKR']);
    expect(countries('Die Straßen Kiews waren leer.', 'de', '2022-07-21')).toEqual([]);
  });

  it('reads the Norwegian, one man, in every case', () => {
    expect(countries('Þetta er síðasti fundur Norðmannsins. Norðmaðurinn sagði þetta.', 'is')).toEqual([
      'NOR',
    ]);
  });

  it("links no surname that belongs to someone else named since the leader's last mention", () => {
    expect(
      mentionTexts(
        'Gordon Brown spoke. Neil Brown, a strategist, said markets fell. Brown added that traders were nervous.',
        'en',
        '2008-10-09',
      ),
    ).toEqual([['gordon-brown', ['Gordon Brown']]]);
    expect(
      mentionTexts(
        "By Sarah Wu in Taipei\n\nTaiwan's Foreign Minister Joseph Wu said ties were severed. Wu said so.",
        'en',
        '2019-09-17',
      ),
    ).toEqual([['joseph-wu', ['Joseph Wu', 'Wu']]]);
  });

  it('reads a lower-case title after the name, and no British secretary of state as a foreign minister', () => {
    expect(
      leaders('Henry Kissinger, the former secretary of state, died on Wednesday.', 'en', '2023-12-01'),
    ).toEqual([['henry-kissinger', 'USA', 'foreign minister']]);
    expect(leaders('Alun Cairns, the secretary of state for Wales, spoke.', 'en', '2019-01-01')).toEqual([]);
  });

  it('finds Mao by his pinyin name, and no French president-elect as co-prince of Andorra', () => {
    expect(leaders('Nixon shook hands with Mao Zedong in 1972.', 'en', '1972-02-22')).toContainEqual([
      'mao-zedong',
      'CHN',
      'head of state',
    ]);
    expect(
      leaders('Emmanuel Macron verður næsti forseti Frakklands.', 'is', '2017-05-08').some(
        ([, c]) => c === 'AND',
      ),
    ).toBe(false);
  });
});

describe('probe round 19', () => {
  it('finds Arabic names with the article as each paper writes it, or without it', () => {
    expect(
      mentionTexts('Anwar el-Sadat was killed in 1981. Anwar Sadat had made peace.', 'en', '1995-11-05'),
    ).toEqual([['anwar-sadat', ['Anwar el-Sadat', 'Anwar Sadat']]]);
  });

  it('keeps a word that opens sentences out of a name, and reads "its" as the state before it', () => {
    expect(
      leaders(
        "But Smriti Irani, the minister for women and child development, lost Amethi. India's cabinet met.",
        'en',
        '2024-06-05',
      ),
    ).toEqual([['smriti-irani', 'IND', 'minister']]);
    expect(
      leaders(
        'Javier Milei took office. Brazil was represented by its foreign minister, Mauro Vieira.',
        'en',
        '2023-12-10',
      ),
    ).toContainEqual(['mauro-vieira', 'BRA', 'foreign minister']);
  });

  it('reads a title after "zugleich" or "im Hauptberuf", and no compound of three words as a name', () => {
    expect(
      leaders(
        'Euro-Gruppen-Chef Mário Centeno, zugleich portugiesischer Finanzminister, forderte Investitionen.',
        'de',
        '2019-09-12',
      ),
    ).toEqual([['mario-centeno', 'PRT', 'finance minister']]);
    expect(
      leaders(
        'Jeroen Dijsselbloem, im Hauptberuf niederländischer Finanzminister, kündigte Beratungen an.',
        'de',
        '2015-07-13',
      ),
    ).toEqual([['jeroen-dijsselbloem', 'NLD', 'finance minister']]);
  });

  it('reads capitals that make no comment or go their way as their states', () => {
    expect(countries('Islamabad made no comment on the result.', 'en')).toEqual(['PAK']);
    expect(countries('Auch Berlin ging auf Distanz.', 'de')).toEqual(['DEU']);
  });

  it('reads no state in a sea, an ocean, a central bank or a company', () => {
    expect(countries('Tensions rose in the South China Sea. The Indian Ocean was calm.', 'en')).toEqual([]);
    expect(
      countries(
        'Der Gouverneur der Banque de France war dagegen. Deutsche-Bank-Chef Christian Sewing warnte.',
        'de',
      ),
    ).toEqual([]);
  });

  it('reads a German capital after its verb as its state, and a surname after an article as a noun', () => {
    expect(countries('Zurückhaltender reagierte Peking.', 'de')).toEqual(['CHN']);
    expect(countries('Er lebte lange in Moskau und reiste dann nach Peking.', 'de')).toEqual([]);
    expect(
      mentionTexts(
        'Bundeskanzler Viktor Klima lehnt eine Koalition ab. Das Klima zwischen den Partnern sei schlecht.',
        'de',
        '1999-10-04',
      ),
    ).toEqual([['viktor-klima', ['Viktor Klima']]]);
  });

  it('reads no president of the European Central Bank as a leader', () => {
    expect(leaders('ECB President Jean-Claude Trichet said the bank was ready.', 'en', '2008-10-09')).toEqual(
      [],
    );
  });
});

describe('probe round 20', () => {
  it('gives a monarch of many realms, after her reign, the realm the press means', () => {
    expect(leaders('Queen Elizabeth II opened parliament in 1990.', 'en', '2023-06-01')).toEqual([
      ['elizabeth-ii', 'GBR', 'head of state'],
    ]);
  });

  it('reads an Icelandic sentence opening with a given name as that person, a genitive as a noun', () => {
    expect(leaders('Alok Sharma, forseti COP26, sló í borðið.', 'is', '2021-11-13')).toEqual([]);
    expect(
      mentionTexts(
        'Shinzo Abe var myrtur. Eiginkona Abes var viðstödd. Þegar Abe féll kallaði hún á hjálp.',
        'is',
        '2022-07-08',
      ),
    ).toEqual([['shinzo-abe', ['Shinzo Abe', 'Abes', 'Abe']]]);
  });

  it('reads a genitive after an Icelandic title as whose the title is, not as its holder', () => {
    expect(
      leaders('Wilbur Ross, viðskiptaráðherra Trumps, sagði þetta.', 'is', '2018-03-08').map(([id]) => id),
    ).toEqual(['wilbur-ross']);
  });

  it('reads the Faroes as the Faroe Islands, and no state in a stadium', () => {
    expect(countries('The Faroes negotiate their own fishing quotas.', 'en')).toEqual(['FRO']);
    expect(countries('Leikurinn fór fram á Stade de France.', 'is')).toEqual([]);
  });
});

describe('probe round 22', () => {
  it('reads no place before "the Italian prime minister" as its holder, without a comma', () => {
    expect(
      leaders('At the reception at Buckingham Palace the Italian prime minister waved.', 'en', '2009-04-02'),
    ).toEqual([]);
    expect(
      leaders('At the reception Giorgio Bianchi, the Italian foreign minister, waved.', 'en', '2009-04-02'),
    ).toEqual([['giorgio-bianchi', 'ITA', 'foreign minister']]);
  });

  it('gives each name in a list of appointments the title after it, not the one before', () => {
    expect(
      leaders(
        'Starmer named Rachel Reeves as the first female chancellor, Angela Rayner as deputy prime minister, David Lammy as foreign secretary.',
        'en',
        '2024-07-05',
      ).map(([id]) => id),
    ).not.toContain('angela-rayner');
  });

  it('reads "X, Macri’s security minister" as a minister of Macri’s state', () => {
    expect(
      leaders(
        'He was backed by Mauricio Macri and by Patricia Bullrich, Macri’s security minister.',
        'en',
        '2023-11-20',
      ),
    ).toEqual([
      ['mauricio-macri', 'ARG', 'head of state'],
      ['patricia-bullrich', 'ARG', 'minister'],
    ]);
  });

  it('keeps a Dutch "van den" in a name, in German too', () => {
    for (const [text, lang] of [
      ['Dutch Foreign Minister Hans van den Broek arrived in Zagreb.', 'en'],
      ['Der niederländische Außenminister Hans van den Broek kam nach Zagreb.', 'de'],
    ])
      expect(leaders(text as string, lang as string, '1992-07-01')).toEqual([
        ['hans-van-den-broek', 'NLD', 'foreign minister'],
      ]);
  });

  it('lists a name once among the mentions when two titles find it', () => {
    expect(
      mentionTexts(
        'Commerce Secretary Howard Lutnick spoke. Lutnick, the commerce secretary, left.',
        'en',
        '2025-11-20',
      ),
    ).toEqual([['howard-lutnick', ['Howard Lutnick', 'Lutnick']]]);
  });

  it('links a bare surname to no leader when another listed person of that name was named since', () => {
    expect(
      mentionTexts(
        'Lee Myung-bak, fyrrverandi forseti, var dæmdur. Lee Jae-myung tapaði kosningunum og Lee viðurkenndi ósigur í nótt.',
        'is',
        '2022-03-10',
      ),
    ).toEqual([['lee-myung-bak', ['Lee Myung-bak']]]);
  });

  it('knows the railway, power and aviation portfolios', () => {
    expect(
      leaders('Indian Railway Minister Mamata Banerjee presented the budget.', 'en', '2010-02-24'),
    ).toEqual([['mamata-banerjee', 'IND', 'minister']]);
  });

  it('reads the Icelandic genitive of a state’s name ending in -d', () => {
    expect(countries('Forseti Tsjads flaug til Níamey.', 'is', '2023-07-31')).toEqual(['TCD']);
  });

  it('names Latin American presidents as the press does', () => {
    expect(
      extract({
        body: 'Luis Alberto Arce Catacora spoke.',
        lang: 'en',
        publishedAt: '2023-06-01',
      }).leaders.map((l) => l.name),
    ).toEqual(['Luis Arce']);
  });
});

describe('probe round 23', () => {
  it('reads a seat as the former state in a sentence about a year before its end', () => {
    const text =
      'Schon 1987 setzte Genscher darauf, dass Kremlchef Michail Gorbatschow es mit seinen Reformen ernst meinte.';
    expect(countries(text, 'de', '2016-04-01')).toEqual(['SUN']);
    expect(leaders(text, 'de', '2016-04-01')).toContainEqual(['mikhail-gorbachev', 'SUN', 'head of state']);
    expect(leaders('Kremlchef Gorbatschow sagte, die Reformen gingen weiter.', 'de', '1990-07-01')).toEqual([
      ['mikhail-gorbachev', 'SUN', 'head of state'],
    ]);
    expect(countries('In 2000 the Kremlin said it would respond.', 'en', '2020-07-01')).toEqual(['RUS']);
  });

  it('gives a name the title of the relative clause after it', () => {
    expect(
      leaders(
        'Milan Panic, who became prime minister of Yugoslavia in July, is a US citizen.',
        'en',
        '1992-09-02',
      ),
    ).toEqual([['milan-panic', 'YUG', 'head of government']]);
    expect(
      leaders(
        'Milan Panic, sem tók við embætti forsætisráðherra Júgóslavíu í júlí, er bandarískur ríkisborgari.',
        'is',
        '1992-09-02',
      ),
    ).toEqual([['milan-panic', 'YUG', 'head of government']]);
    expect(
      leaders('John Smith, who met Prime Minister Rishi Sunak, is a banker.', 'en', '2023-09-02').map(
        ([id]) => id,
      ),
    ).toEqual(['rishi-sunak']);
  });

  it('reads "die Moskauer Führung" as the state, and a city’s people as neither city nor state', () => {
    expect(countries('Die Moskauer Führung lehnte ab.', 'de', '1991-10-12')).toEqual(['SUN']);
    expect(countries('Das Teheraner Regime drohte.', 'de', '2024-10-12')).toEqual(['IRN']);
    expect(countries('Viele Wienerinnen und Wiener blieben zu Hause.', 'de', '2020-10-12')).toEqual([]);
    expect(countries('Moskvubúar mótmæltu.', 'is', '2020-10-12')).toEqual([]);
  });

  it('keeps a German title of no state office out of the name after it', () => {
    expect(
      extract({
        body: 'In Österreich forderte Klubobmann Herbert Kickl, der frühere Innenminister, eine Analyse.',
        lang: 'de',
        publishedAt: '2020-10-12',
      }).leaders.map((l) => [l.name, l.country]),
    ).toEqual([['Herbert Kickl', 'AUT']]);
  });

  it('declines Icelandic given names in -einn, -áll and -ill', () => {
    expect(leaders('Hann varð ráðherra í ríkisstjórn Þorsteins Pálssonar.', 'is', '2010-02-02')).toEqual([
      ['thorsteinn-palsson', 'ISL', 'head of government'],
    ]);
    expect(
      leaders('Hann starfaði í tíð Sveins Björnssonar, fyrsta forseta Íslands.', 'is', '2010-02-02').map(
        ([id]) => id,
      ),
    ).toEqual(['sveinn-bjornsson']);
  });

  it('reads "aðstoðarforsætisráðherra" as a deputy premier and "síðar" as a past office', () => {
    expect(
      leaders('Alexander Novak, aðstoðarforsætisráðherra Rússlands, sagði þetta.', 'is', '2022-03-09'),
    ).toEqual([['alexander-novak', 'RUS', 'deputy head of government']]);
    expect(
      leaders('Henry Kissinger, síðar utanríkisráðherra Bandaríkjanna, hringdi.', 'is', '1992-09-02'),
    ).toEqual([['henry-kissinger', 'USA', 'foreign minister']]);
  });

  it('takes a given name before "and" and a listed full name as the namesake it completes', () => {
    expect(
      leaders(
        'Congress, once led by the former prime ministers Indira and Rajiv Gandhi, won no seats.',
        'en',
        '2021-05-03',
      ),
    ).toEqual([
      ['indira-gandhi', 'IND', 'head of government'],
      ['rajiv-gandhi', 'IND', 'head of government'],
    ]);
  });

  it('reads no state in a sovereign fund’s or a bank’s name', () => {
    expect(
      countries(
        'Großaktionäre wie die Saudi National Bank und die Qatar Investment Authority verlieren Geld.',
        'de',
        '2023-03-20',
      ),
    ).toEqual([]);
  });
});

describe('probe round 24', () => {
  it('knows the Soviet leaders since 1945, in German spelling too, and as the Soviet Union’s', () => {
    expect(
      leaders('Helmut Schmidt setzte auf Härte gegenüber Leonid Breschnew.', 'de', '2022-03-02').map(
        ([id, c]) => [id, c],
      ),
    ).toEqual([
      ['helmut-schmidt', 'DEU'],
      ['leonid-brezhnev', 'SUN'],
    ]);
    expect(leaders('Kremlchef Leonid Breschnew empfing Brandt.', 'de', '2022-03-02')).toContainEqual([
      'leonid-brezhnev',
      'SUN',
      'head of state',
    ]);
    expect(
      leaders('Soviet leader Leonid Brezhnev met Richard Nixon in 1972.', 'en', '2022-03-02'),
    ).toContainEqual(['leonid-brezhnev', 'SUN', 'head of state']);
  });

  it('ties a title to the state before a word on how it is held, in German compounds too', () => {
    expect(
      leaders(
        "Angela Merkel spoke. Spain's acting foreign minister, José Manuel García-Margallo, spoke.",
        'en',
        '2016-06-24',
      ),
    ).toContainEqual(['jose-manuel-garcia-margallo', 'ESP', 'foreign minister']);
    expect(
      leaders('Der ukrainische Interimsaußenminister Andrij Deschtschyzja unterschrieb.', 'de', '2014-05-28'),
    ).toEqual([['andrij-deschtschyzja', 'UKR', 'foreign minister']]);
  });

  it('keeps the rules of this session from misfiring on ordinary text (review)', () => {
    // A year later in the sentence is what it speaks of, not when.
    expect(
      countries('Kyiv insists on a return to its 1991 borders, which Moscow rejects.', 'en', '2024-01-01'),
    ).toEqual(['UKR', 'RUS']);
    // A compound of a state's name is that state's title, not a seat's.
    expect(leaders('Rússlandsforseti Borís Jeltsín hvatti til sjálfstæðis.', 'is', '1991-03-01')).toEqual([
      ['boris-yeltsin', 'RUS', 'head of state'],
    ]);
    // A link word alone after an apposition's name does not move the name to a later title.
    expect(
      leaders("Kenya's finance minister, John Mbadi has said the budget will pass.", 'en', '2024-01-01'),
    ).toEqual([['john-mbadi', 'KEN', 'finance minister']]);
    // A possessed title reaching back over a clause names no one.
    expect(
      leaders(
        'In an interview with Jake Tapper, Trump’s commerce secretary defended the tariffs.',
        'en',
        '2025-05-01',
      ),
    ).toEqual([]);
    // A relative clause whose subject is the title gives the name before it no title.
    expect(
      leaders(
        'Þetta sagði Jón Jónsson, sem fráfarandi forsætisráðherra skipaði sendiherra í fyrra.',
        'is',
        '2024-01-01',
      ),
    ).toEqual([]);
    // A surname ending in -meister is still a name.
    expect(
      leaders('Der österreichische Finanzminister Hans Baumeister sagte nichts.', 'de', '2024-01-01'),
    ).toEqual([['hans-baumeister', 'AUT', 'finance minister']]);
    // A noun of asking elsewhere in the sentence cancels no sanction.
    expect(
      extract({
        body: 'The United States imposed sanctions on Iran, cutting demand for its oil.',
        lang: 'en',
        publishedAt: '2024-01-01',
      }).sanctions.map((x) => [x.imposedBy, x.target]),
    ).toEqual([['USA', 'IRN']]);
  });

  it('reads Icelandic genitives of foreign given names in -s, and "sem var" as a past title', () => {
    expect(leaders('Ríkisstjórn Borisar Johnsons féll.', 'is', '2025-03-15')).toEqual([
      ['boris-johnson', 'GBR', 'head of government'],
    ]);
    expect(
      leaders(
        'Trump, sem var forseti frá 2017 til 2021, verður 47. forseti Bandaríkjanna.',
        'is',
        '2024-11-06',
      ),
    ).toEqual([['donald-trump', 'USA', 'head of state']]);
  });

  it('knows Belarus’s heads of state before Lukashenko', () => {
    expect(
      leaders("Belarus's Stanislav Shushkevich agreed to found a commonwealth.", 'en', '1991-12-26'),
    ).toEqual([['stanislav-shushkevich', 'BLR', 'head of state']]);
  });

  it('knows police ministers and the German spelling Jizchak (probe round 25)', () => {
    expect(
      leaders('Israels Polizeiminister Itamar Ben-Gvir drohte mit dem Rücktritt.', 'de', '2025-01-16'),
    ).toEqual([['itamar-ben-gvir', 'ISR', 'minister']]);
    expect(
      leaders(
        'In Israel wächst der Druck. Staatspräsident Jizchak Herzog appellierte an die Regierung.',
        'de',
        '2025-01-16',
      ),
    ).toEqual([['isaac-herzog', 'ISR', 'head of state']]);
  });

  it('knows Icelandic "þjóðaröryggisráðherra" and "Nýju-Kaledóníu" (probe round 25)', () => {
    expect(
      leaders('Itamar Ben-Gvir, þjóðaröryggisráðherra Ísraels, hótaði að hætta.', 'is', '2025-01-16'),
    ).toEqual([['itamar-ben-gvir', 'ISR', 'minister']]);
    expect(countries('Óeirðir brutust út í Nýju-Kaledóníu í maí.', 'is', '2024-11-24')).toEqual(['NCL']);
  });

  it('spells Kyrgyz names with Dsch in German', () => {
    expect(
      leaders(
        'Seit Freitag regiert Sadyr Dschaparow Kirgistan als Ministerpräsident.',
        'de',
        '2021-10-16',
      ).map(([id]) => id),
    ).toEqual(['sadyr-japarov']);
  });
});

describe('organizations', () => {
  it("reads a state's own security council, and a think tank's longer name, as no body of the list", () => {
    const ids = (body: string, lang: string) => extract({ body, lang }).organizations.map((o) => o.id);
    expect(
      ids("A spokesman for the National Security Council spoke. Russia's Security Council met.", 'en'),
    ).toEqual([]);
    expect(
      ids(
        'Sharif berief den Nationalen Sicherheitsrat ein. Der Vizechef des russischen Sicherheitsrats sprach.',
        'de',
      ),
    ).toEqual([]);
    expect(ids('Gustav Gressel vom European Council on Foreign Relations sprach.', 'de')).toEqual([]);
    expect(
      ids('The UN Security Council met. The Security Council then voted. The European Council met.', 'en'),
    ).toEqual(['un-security-council', 'european-council']);
  });

  it('finds the UN in Icelandic case forms and the Security Council in German compounds', () => {
    const is = extract({
      body: 'Sameinuðu þjóðirnar og öryggisráð SÞ funduðu hjá Sameinuðu þjóðunum.',
      lang: 'is',
    });
    const de = extract({ body: 'Der UN-Sicherheitsrat und die Vereinten Nationen tagten.', lang: 'de' });
    expect([is.organizations.map((o) => o.id), de.organizations.map((o) => o.id)]).toEqual([
      ['united-nations', 'un-security-council'],
      ['un-security-council', 'united-nations'],
    ]);
  });

  it('keeps the agency of a photo credit and nothing else from the credit', () => {
    const body = 'Leaders met in Rome.\nThe leaders in Rome. Photo: Reuters/Remo Casilli\nRead more: Italy';
    const result = extract({ body, lang: 'en' });
    expect([result.organizations.map((o) => [o.id, o.kind]), result.leaders, result.countries]).toEqual([
      [['reuters', 'news agency']],
      [],
      [],
    ]);
  });
});

describe('events', () => {
  it('codes source and target around the trigger, with the date the text gives', () => {
    const result = extract({
      body: 'Russia invaded Ukraine in February 2022.',
      lang: 'en',
      publishedAt: '2024-01-01',
    });
    expect(
      result.events.map((e) => [
        e.cameo,
        e.label,
        e.quadClass,
        e.source,
        e.target,
        e.date,
        e.datePrecision,
        e.text,
      ]),
    ).toEqual([
      [
        '190',
        'Use conventional military force- not specified below',
        4,
        ['RUS'],
        ['UKR'],
        '2022-02',
        'month',
        'invaded',
      ],
    ]);
  });

  it('resolves "í kvöld" and "heute" to the article date', () => {
    const is = extract({
      body: 'Vladimír Pútín heimsækir Norður-Kóreu í kvöld.',
      lang: 'is',
      publishedAt: '2024-06-18',
    });
    const de = extract({
      body: 'Kanzler Scholz besucht heute Frankreich.',
      lang: 'de',
      publishedAt: '2024-05-02',
    });
    expect([
      is.events.map((e) => [e.cameo, e.date]),
      de.events.map((e) => [e.cameo, e.source, e.target, e.date]),
    ]).toEqual([[['042', '2024-06-18']], [['042', ['olaf-scholz', 'DEU'], ['FRA'], '2024-05-02']]]);
  });

  it('takes the agent of a passive as source and codes no event inside an accusation', () => {
    const passive = extract({ body: 'Iran was sanctioned by the European Union.', lang: 'en' });
    const accused = extract({ body: 'Japan accused China of supplying weapons to Russia.', lang: 'en' });
    expect([
      passive.events.map((e) => [e.cameo, e.source, e.target]),
      accused.events.map((e) => [e.cameo, e.source, e.target]),
    ]).toEqual([[['163', ['european-union'], ['IRN']]], [['112', ['JPN'], ['CHN']]]]);
  });
});

describe('sanctions', () => {
  it('links a regime only when authority and target match', () => {
    const body =
      'The UN Security Council imposed sanctions on North Korea in 2006 over its nuclear tests. The UN also imposed sanctions on Russia over the war in Ukraine.';
    const result = extract({ body, lang: 'en', publishedAt: '2024-06-18' });
    expect(result.sanctions.map((s) => [s.imposedBy, s.target, s.since, s.reason, s.regime])).toEqual([
      ['un-security-council', 'PRK', 2006, 'nuclear programme', 'UN-SC1718'],
      ['united-nations', 'RUS', null, 'war in Ukraine', null],
    ]);
  });

  it.each([
    [
      'de',
      'Der ukrainische Präsident Wolodymyr Selenskyj bat die Runde um schärfere Sanktionen gegen Moskau.',
    ],
    ['en', 'Zelensky demanded new sanctions against Russia.'],
    ['is', 'Selenskí krafðist harðari refsiaðgerða gegn Rússlandi.'],
  ])('takes sanctions asked for as no sanctions imposed (%s)', (lang, body) => {
    expect(extract({ body, lang, publishedAt: '2022-06-27' }).sanctions).toEqual([]);
  });

  it.each([
    ['en', 'France did not impose sanctions on China.'],
    ['en', "France won't sanction China."],
    ['en', 'France refused to impose sanctions on China.'],
    ['en', 'France has no plans to sanction China.'],
    ['de', 'Frankreich verhängte keine Sanktionen gegen China.'],
    ['is', 'Frakkland beitti Kína ekki refsiaðgerðum.'],
  ])('takes denied sanctions for none (%s: %s)', (lang, body) => {
    const result = extract({ body, lang, publishedAt: '2024-07-06' });
    expect({ events: result.events, sanctions: result.sanctions }).toEqual({ events: [], sanctions: [] });
  });

  it('takes a denied act for no event, and the same act affirmed for one', () => {
    const events = (body: string) =>
      extract({ body, lang: 'en', publishedAt: '2024-07-06' }).events.map((e) => [
        e.cameo,
        e.source,
        e.target,
      ]);
    expect([events('France never attacked Spain.'), events('France attacked Spain.')]).toEqual([
      [],
      [['190', ['FRA'], ['ESP']]],
    ]);
  });

  it('does not take threatened sanctions, or ones not ruled out, for imposed ones', () => {
    expect(extract({ body: 'The EU threatened sanctions on Georgia.', lang: 'en' }).sanctions).toEqual([]);
    expect(
      extract({ body: 'The EU refused to rule out sanctions on Russia.', lang: 'en' }).sanctions,
    ).toEqual([]);
    expect(
      extract({ body: 'Die EU schloss Sanktionen gegen Moskau nicht aus.', lang: 'de' }).sanctions,
    ).toEqual([]);
    expect(
      extract({ body: 'ESB útilokaði ekki refsiaðgerðir gegn Rússlandi.', lang: 'is' }).sanctions,
    ).toEqual([]);
  });

  it('takes the Icelandic present "beitir X refsiaðgerðum" for sanctions imposed by the subject', () => {
    const result = extract({ body: 'ESB beitir Færeyinga refsiaðgerðum vegna síldveiða.', lang: 'is' });
    expect(result.sanctions.map((s) => [s.imposedBy, s.target])).toEqual([['european-union', 'FRO']]);
  });

  it('codes sanctions eased by a capital standing for its state', () => {
    const events = extract({ body: 'Washington eased sanctions on Venezuela.', lang: 'en' }).events;
    expect(events.map((e) => [e.cameo, e.source, e.target])).toEqual([['085', ['USA'], ['VEN']]]);
  });
});

describe('probe rounds 29 and 30', () => {
  it('reads an acronym with a possessive as the acronym', () => {
    expect(countries("The UAE's foreign minister was there.", 'en', '2019-02-28')).toEqual(['ARE']);
    expect(
      extract({
        body: "The EU's envoy met the UN's team.",
        lang: 'en',
        publishedAt: '2019-02-28',
      }).organizations.map((o) => o.id),
    ).toEqual(['european-union', 'united-nations']);
  });

  it('gives a listed person the state of their office over the state a shared title implies', () => {
    expect(
      leaders('Bundespräsident Thomas Klestil hatte die Regierung angelobt.', 'de', '2025-03-03'),
    ).toEqual([['thomas-klestil', 'AUT', 'head of state']]);
    expect(leaders('Bundeskanzler Wolfgang Schüssel schloss ein Bündnis.', 'de', '2025-03-03')).toEqual([
      ['wolfgang-schussel', 'AUT', 'head of government'],
    ]);
    expect(leaders('Bundespräsident Joachim Gauck besuchte Salzburg.', 'de', '2025-03-03')).toEqual([
      ['joachim-gauck', 'DEU', 'head of state'],
    ]);
  });

  it('takes a name shared with someone in office after a word of the past for the earlier holder', () => {
    expect(leaders('The late President Ferdinand Marcos ruled until 1986.', 'en', '2024-07-09')).toEqual([
      ['ferdinand-marcos', 'PHL', 'head of state'],
    ]);
    expect(
      leaders('President Ferdinand Marcos said Manila would not back down.', 'en', '2024-07-09'),
    ).toEqual([['ferdinand-marcos-jr', 'PHL', 'head of state']]);
  });

  it("ties a department secretary's title to the state the article is about", () => {
    expect(
      leaders(
        'Health Secretary Victoria Atkins said the NHS in Britain was under pressure.',
        'en',
        '2024-01-15',
      ),
    ).toEqual([['victoria-atkins', 'GBR', 'minister']]);
    expect(
      leaders(
        'U.S. officials met. Health Secretary Jane Roe told American senators the U.S. would act.',
        'en',
        '2025-04-15',
      ),
    ).toEqual([['jane-roe', 'USA', 'minister']]);
    expect(
      leaders(
        'Britain sent aid. In Mexico, Health Secretary Jose Angel Cordova said schools would stay open.',
        'en',
        '2009-09-01',
      ),
    ).toEqual([['jose-angel-cordova', 'MEX', 'minister']]);
    expect(
      leaders(
        'Chief Secretary to the Treasury Laura Trott said spending would be tight.',
        'en',
        '2024-01-15',
      ),
    ).toEqual([['laura-trott', 'GBR', 'minister']]);
  });

  it('reads a capital opening a German sentence before a finite verb as its state', () => {
    expect(countries('Washington mahnt zur Zurückhaltung.', 'de', '2025-03-03')).toEqual(['USA']);
    expect(countries('Ankara sicherte Hilfe zu.', 'de', '2025-03-03')).toEqual(['TUR']);
    expect(countries('Paris im Frühling ist schön.', 'de', '2025-03-03')).toEqual([]);
    expect(countries('Nach der Wahl jetzt Berlin.', 'de', '2025-03-03')).toEqual([]);
  });

  it('does not run a surname after a German title into the nouns after it', () => {
    expect(
      leaders('Der Kanzler kritisierte Finanzminister Lindner Anfang November scharf.', 'de', '2024-11-08'),
    ).toEqual([['christian-lindner', 'DEU', 'finance minister']]);
    // Not where the person writes the family name first: "Vereinigungsminister Kim Yung Ho" is not Kim Jong Un.
    const kim = mentionTexts(
      'Kim Jong Un drohte. Südkoreas Vereinigungsminister Kim Yung Ho sprach von einer Provokation.',
      'de',
      '2024-05-27',
    );
    expect(kim.find((l) => l[0] === 'kim-jong-un')?.[1]).toEqual(['Kim Jong Un']);
  });

  it('reads a title after a name that opens with an ordinal', () => {
    expect(
      leaders(
        'Ali Khamenei fól Mohammad Mokhber, fyrsta varaforseta, að gegna forsetaembættinu.',
        'is',
        '2024-05-20',
      ),
    ).toEqual([
      ['ali-khamenei', 'IRN', 'head of state'],
      ['mohammad-mokhber', 'IRN', 'deputy head of state'],
    ]);
  });

  it('knows older kings by their regnal numbers and the press spellings of names', () => {
    expect(
      mentionTexts(
        'Friðrik X. er konungur. Margrét tók við af föður sínum, Friðriki IX., árið 1972.',
        'is',
        '2024-01-14',
      ),
    ).toEqual([
      ['frederik-x', ['Friðrik X']],
      ['frederik-ix', ['Friðriki IX']],
    ]);
    expect(leaders('Damit endete die Herrschaft von Hafis al-Assad.', 'de', '2024-12-23')).toEqual([
      ['hafez-al-assad', 'SYR', 'head of state'],
    ]);
    expect(countries('Talks were held in St Vincent and the Grenadines and St. Lucia.', 'en')).toEqual([
      'VCT',
      'LCA',
    ]);
  });

  it('reads a party in brackets between a name and its title, and a city councillor as no name', () => {
    expect(leaders('Christoph Wiederkehr (NEOS) wird Bildungsminister.', 'de', '2025-03-03')).toEqual([
      ['christoph-wiederkehr', 'AUT', 'minister'],
    ]);
    expect(
      mentionTexts(
        'In Österreich wurde angelobt. Der frühere Wiener Finanzstadtrat Peter Hanke wird Infrastrukturminister.',
        'de',
        '2025-03-03',
      ),
    ).toEqual([['peter-hanke', ['Peter Hanke']]]);
  });

  it('reads Icelandic titles after "verður áfram" and "lét af embætti", and more inflected names', () => {
    expect(leaders('Amit Shah verður áfram innanríkisráðherra Indlands.', 'is', '2024-06-10')).toEqual([
      ['amit-shah', 'IND', 'minister'],
    ]);
    expect(
      countries('Pravind Jugnauth, forsætisráðherra Máritíusar, var viðstaddur.', 'is', '2024-06-10'),
    ).toEqual(['MUS']);
    expect(
      mentionTexts('Ólafur V. Noregskonungur lést árið 1991. Ólafur fimmti var vinsæll.', 'is', '2024-01-15'),
    ).toEqual([['olav-v-of-norway', ['Ólafur V', 'Ólafur fimmti']]]);
  });

  it('reads British reshuffle wording and titles, and no shadow minister', () => {
    expect(
      leaders(
        'Britain has a new cabinet. Thérèse Coffey stepped down as environment secretary on Monday.',
        'en',
        '2023-11-14',
      ),
    ).toEqual([['therese-coffey', 'GBR', 'minister']]);
    expect(
      leaders('Suella Braverman, who served as home secretary, was sacked.', 'en', '2023-11-14'),
    ).toEqual([['suella-braverman', 'GBR', 'minister']]);
    expect(
      leaders('Laura Trott was promoted to chief secretary to the Treasury.', 'en', '2023-11-14'),
    ).toEqual([['laura-trott', 'GBR', 'minister']]);
    expect(leaders('John Glen, the paymaster general, spoke.', 'en', '2023-11-14')).toEqual([
      ['john-glen', 'GBR', 'minister'],
    ]);
    expect(leaders("Labour's shadow foreign secretary, David Lammy, said so.", 'en', '2023-11-14')).toEqual(
      [],
    );
    expect(leaders('Former taoiseach Jack Lynch was praised.', 'en', '2008-04-13')).toEqual([
      ['jack-lynch', 'IRL', 'head of government'],
    ]);
  });

  it('knows the GCC secretary-general of the day and "brought X back as"', () => {
    expect(
      leaders('GCC Secretary General Dr Nayef Al Hajraf welcomed the declaration.', 'en', '2021-01-06'),
    ).toEqual([['nayef-al-hajraf', null, 'head of organization']]);
    expect(
      leaders(
        'President Cyril Ramaphosa has brought Nhlanhla Nene back as finance minister.',
        'en',
        '2018-02-27',
      ),
    ).toEqual([
      ['cyril-ramaphosa', 'ZAF', 'head of state'],
      ['nhlanhla-nene', 'ZAF', 'finance minister'],
    ]);
  });

  it('keeps Georgia the state beside American words', () => {
    expect(
      countries(
        'Mikheil Kavelashvili was sworn in as president of Georgia; a US congressman objected.',
        'en',
        '2025-03-10',
      ),
    ).toEqual(['GEO', 'USA']);
  });

  it('gives a shared title the first state listed where the article names none, and keeps the rest apart', () => {
    expect(
      leaders('Health Secretary Wes Streeting said waiting lists were falling.', 'en', '2025-03-10'),
    ).toEqual([['wes-streeting', 'GBR', 'minister']]);
    expect(
      leaders(
        'Health Secretary Robert F. Kennedy Jr. told senators in Washington that the U.S. would act.',
        'en',
        '2025-06-01',
      ),
    ).toEqual([['robert-f-kennedy-jr', 'USA', 'minister']]);
    // Verbs before "as" link a name to a title; not a verb whose object holds the title.
    expect(
      leaders('Benjamin Netanyahu has sacked defence minister Yoav Gallant.', 'en', '2024-11-06'),
    ).toEqual([
      ['benjamin-netanyahu', 'ISR', 'head of government'],
      ['yoav-gallant', 'ISR', 'defence minister'],
    ]);
    expect(
      leaders('Labour MPs including Clive Lewis back prime minister on welfare cuts.', 'en', '2025-03-10'),
    ).toEqual([]);
    expect(leaders('Alma Zadić (Grüne) wird Justizministerin.', 'de', '2020-01-05')).toEqual([]);
    expect(
      countries(
        'Defense Secretary Lloyd Austin met his Philippine counterpart Gilberto Teodoro.',
        'en',
        '2024-05-01',
      ),
    ).toEqual(['USA', 'PHL']);
    expect(
      leaders(
        'Bassem Awadallah, a former aide to King Abdullah, was sentenced in Jordan.',
        'en',
        '2022-07-12',
      ),
    ).toEqual([['abdullah-ii-of-jordan', 'JOR', 'head of state']]);
    expect(
      leaders(
        'Minister for Defence Industry Pat Conroy said Australia would build submarines.',
        'en',
        '2024-05-01',
      ),
    ).toEqual([['pat-conroy', 'AUS', 'minister']]);
    expect(countries('Paris bleibt teuer für Touristen.', 'de', '2024-05-01')).toEqual([]);
  });

  it('knows the Tánaiste and the "Minister for" titles', () => {
    expect(
      leaders('Tánaiste Simon Coveney said Ireland would not sign up to it.', 'en', '2019-10-11'),
    ).toEqual([['simon-coveney', 'IRL', 'deputy head of government']]);
    expect(
      leaders("Ireland's Minister for Foreign Affairs Simon Coveney said no.", 'en', '2019-10-11'),
    ).toEqual([['simon-coveney', 'IRL', 'foreign minister']]);
  });
});

describe('probe round 31', () => {
  it("lets a title between a calling and a name be the name's", () => {
    expect(
      leaders('He was a professor before President Jimmy Carter named him adviser.', 'en', '2023-11-30'),
    ).toEqual([['jimmy-carter', 'USA', 'head of state']]);
  });

  it('reads a region after a title as no name', () => {
    expect(
      leaders(
        'Guðmundur Ingi Guðbrandsson, félags- og vinnumarkaðsráðherra og samstarfsráðherra Norðurlanda, sat þingið.',
        'is',
        '2023-11-01',
      ),
    ).toEqual([['gudmundur-ingi-gudbrandsson', 'ISL', 'minister']]);
  });

  it('spells Ukrainian names as German papers do, "-ij" and "x" included', () => {
    expect(
      leaders('Übergangspräsident Olexandr Turtschynow berief den Sicherheitsrat ein.', 'de', '2014-03-18'),
    ).toEqual([['oleksandr-turchynov', 'UKR', 'head of state']]);
    expect(
      mentionTexts('Übergangspremier Arsenij Jazenjuk sagte, die Ukraine sei bereit.', 'de', '2014-03-18'),
    ).toEqual([['arseniy-yatsenyuk', ['Arsenij Jazenjuk']]]);
  });

  it('takes a seat in a compound of a calling before a name, and a government in a city in any case', () => {
    expect(countries('Kremlsprecher Dmitri Peskow nannte den Besuch eine Provokation.', 'de')).toEqual([
      'RUS',
    ]);
    expect(
      countries('Dmítrí Peskov, talsmaður stjórnvalda í Moskvu, sagði að viðræður væru hafnar.', 'is'),
    ).toEqual(['RUS']);
  });

  it('reads a portfolio of any words after "Minister for" as the title, not as the name', () => {
    expect(
      leaders(
        'The Minister for Indigenous Australians, Linda Burney, thanked Yes campaigners.',
        'en',
        '2023-10-15',
      ),
    ).toEqual([['linda-burney', 'AUS', 'minister']]);
    expect(
      leaders(
        "Kenya's Cabinet Secretary for Foreign and Diaspora Affairs, Alfred Mutua, said Nairobi wanted peace.",
        'en',
        '2023-02-10',
      ),
    ).toEqual([['alfred-mutua', 'KEN', 'minister']]);
    // Where a name and a portfolio run together, no title is made: no guess at where one ends.
    for (const text of [
      'New Zealand Minister for Regional Development Shane Jones said so.',
      "Singapore's Minister for National Development Chee Hong Tat said more flats would be built.",
      "Ireland's Minister for Social Protection Humphreys said payments would rise.",
      "Kenya's Cabinet Secretary for Lands, Public Works, Housing and Urban Development said so.",
    ])
      expect(leaders(text, 'en', '2024-05-30')).toEqual([]);
    // A listed title lengthened over the joined rest of its portfolio; another title ends one.
    expect(
      mentionTexts(
        'In Canberra, Minister for Climate Change and Energy Chris Bowen said no.',
        'en',
        '2023-10-15',
      ),
    ).toEqual([['chris-bowen', ['Chris Bowen']]]);
    expect(
      leaders(
        'Minister for Trade Don Farrell and Foreign Minister Penny Wong flew to Beijing.',
        'en',
        '2023-10-15',
      ),
    ).toEqual([
      ['don-farrell', 'AUS', 'minister'],
      ['penny-wong', 'AUS', 'foreign minister'],
    ]);
  });

  it('reads Georgia beside a member of Congress as the American state', () => {
    expect(
      countries('Congressman Buddy Carter of Georgia said the bill would fail.', 'en', '2023-10-15'),
    ).toEqual([]);
    expect(countries('Rep. Marjorie Taylor Greene of Georgia voted against it.', 'en', '2023-10-15')).toEqual(
      [],
    );
  });

  it("keeps Dbeibah Libya's premier after the House named a rival in 2022", () => {
    expect(
      leaders("Libya's Prime Minister Abdul Hamid Dbeibah met Erdogan in Ankara.", 'en', '2024-05-01'),
    ).toEqual([['abdul-hamid-dbeibah', 'LBY', 'head of government']]);
  });
});

describe('probe round 32', () => {
  it('keeps the fixes of probe round 31 from misfiring (a review)', () => {
    // A genitive title after the calling is whose spokeswoman she is.
    expect(
      leaders('Talskona utanríkisráðherra, María Zakharova, sagði að Rússar myndu svara.', 'is'),
    ).toEqual([]);
    // A club's coach, not a government's spokesman.
    expect(countries('Monacotrainer Adi Hütter lobte seine Mannschaft.', 'de')).toEqual([]);
    expect(countries('Samkvæmt yfirvöldum í Lundúnum verður strætisvögnum fækkað.', 'is')).toEqual([]);
    // Two names joined after a portfolio, a headline in title case, a party's or a shadow's title, a list of portfolios.
    expect(
      leaders(
        "Australia's Minister for Health Mark Butler and Anika Wells announced the reforms.",
        'en',
        '2023-10-15',
      ),
    ).toEqual([['mark-butler', 'AUS', 'minister']]);
    for (const text of [
      'Australian Minister For Aged Care Quits Over Scandal',
      "Ireland's Minister for Children, Equality, Disability, Integration and Youth Roderic O'Gorman spoke.",
      "China's Communist Party Secretary for Xinjiang Ma Xingrui visited Kashgar.",
      "Britain's Shadow Minister for Europe Stephen Doughty spoke.",
    ])
      expect(leaders(text, 'en', '2023-10-15')).toEqual([]);
  });

  it('reads German coalition nicknames as no state, and "London bestand darauf" as one', () => {
    expect(
      countries(
        'Laschet hält sich die Option auf ein Jamaika-Bündnis mit Grünen und FDP offen.',
        'de',
        '2021-09-27',
      ),
    ).toEqual([]);
    expect(countries('Jamaika und Kenia gewannen Medaillen.', 'de', '2021-09-27')).toEqual(['JAM', 'KEN']);
    expect(countries('London bestand darauf, dass Manöver erlaubt bleiben.', 'de', '1990-09-13')).toEqual([
      'GBR',
    ]);
  });

  it('reads a one-word portfolio before a lower-case word as the portfolio alone', () => {
    expect(
      leaders(
        'New Zealand ACT leader David Seymour, the Minister for Regulation and an associate finance minister, spoke.',
        'en',
        '2024-05-30',
      ),
    ).toEqual([['david-seymour', 'NZL', 'minister']]);
  });

  it("gives a titled surname to the day's holder though a namesake was named in full", () => {
    expect(
      mentionTexts(
        'President Bush said the UN risked irrelevance. His father, George H. W. Bush, drove Iraq from Kuwait in 1991.',
        'en',
        '2003-02-15',
      ),
    ).toEqual([
      ['george-w-bush', ['Bush']],
      ['george-h-w-bush', ['George H. W. Bush']],
    ]);
  });

  it('keeps a titled surname with the namesake under a word of the past or in a dated sentence', () => {
    for (const text of [
      'George H. W. Bush led the 1991 Gulf War. Former President Bush said on Monday that he supported his son.',
      'George H. W. Bush led the 1991 Gulf War. In January 1991, President Bush told Congress that Iraq must leave.',
    ])
      expect(leaders(text, 'en', '2003-03-20').map(([id]) => id)).toEqual(['george-h-w-bush']);
  });

  it('names Icelandic leaders with the initial they write, and finds them without it', () => {
    expect(
      extract({
        body: 'Geir Haarde forsætisráðherra sagði að Árni M. Mathiesen fjármálaráðherra hefði rætt við Breta.',
        lang: 'is',
        publishedAt: '2008-10-10',
      }).leaders.map((l) => l.name),
    ).toEqual(['Geir H. Haarde', 'Árni M. Mathiesen']);
  });
});

describe('probe round 33', () => {
  it('takes the name after "a spokesman for" as the principal', () => {
    expect(leaders('A spokesman for Angela Merkel said the deal was closed.', 'en', '2019-01-30')).toEqual([
      ['angela-merkel', 'DEU', 'head of government'],
    ]);
    expect(leaders('Kremlin spokesman Dmitry Peskov said no.', 'en', '2019-01-30')).toEqual([]);
  });

  it('gives each holder of a plural title the state named in that place', () => {
    expect(
      leaders(
        'Lammy met the Polish and Swedish foreign ministers, Radosław Sikorski and Tobias Billström.',
        'en',
        '2024-07-08',
      ),
    ).toEqual([
      ['radoslaw-sikorski', 'POL', 'foreign minister'],
      ['tobias-billstrom', 'SWE', 'foreign minister'],
    ]);
  });

  it('keeps the fixes of probe round 33 from misfiring (a review)', () => {
    // The principal right after the word only; a plural title only after two adjectives and
    // before two names joined by the conjunction alone; a hyphen after a name's particle only.
    expect(
      leaders(
        'The professor of economics Mario Monti told the conference that Europe needed reform.',
        'en',
        '2015-03-05',
      ),
    ).toEqual([]);
    expect(
      leaders(
        "Relations between the US and India's prime minister, Narendra Modi, and Rahul Gandhi were discussed.",
        'en',
        '2024-10-05',
      ),
    ).toEqual([['narendra-modi', 'IND', 'head of government']]);
    expect(leaders('A pro-Vladimir Putin rally drew thousands.', 'en', '2024-03-05')).toEqual([
      ['vladimir-putin', 'RUS', 'head of state'],
    ]);
    expect(leaders('The Biden-Xi Jinping meeting went well.', 'en', '2024-03-05')).toEqual([
      ['xi-jinping', 'CHN', 'head of state'],
    ]);
  });

  it("gives an untied title after an Icelander's name the Icelandic paper's own state", () => {
    expect(
      leaders(
        'Einar Ágústsson utanríkisráðherra og Anthony Crosland, utanríkisráðherra Bretlands, undirrituðu samning.',
        'is',
        '1976-06-01',
      ),
    ).toEqual([
      ['einar-agustsson', 'ISL', 'foreign minister'],
      ['anthony-crosland', 'GBR', 'foreign minister'],
    ]);
  });

  it('reads a listed name inside a longer hyphened one as no one, and the longer name whole', () => {
    expect(
      leaders('Sudanese Foreign Minister Mariam al-Sadiq al-Mahdi said no.', 'en', '2021-04-06'),
    ).toEqual([['mariam-al-sadiq-al-mahdi', 'SDN', 'foreign minister']]);
    expect(
      leaders("The fall of Tunisia's Zine al-Abidine Ben Ali inspired them.", 'en', '2011-03-20'),
    ).toEqual([['zine-el-abidine-ben-ali', 'TUN', 'head of state']]);
  });

  it('knows the Icelandic press\'s "Volodimír Zelenskí"', () => {
    expect(
      mentionTexts(
        'Í Kænugarði ávarpaði Volodimír Zelenskí forseti þjóð sína. Zelenskí sagði að Úkraína myndi sigra.',
        'is',
        '2023-02-24',
      ),
    ).toEqual([['volodymyr-zelenskyy', ['Volodimír Zelenskí', 'Zelenskí']]]);
  });
});

describe('probe round 34', () => {
  it('reads a country after a day or a month as the country, not as a surname', () => {
    expect(
      countries('On Tuesday Jordan downgraded its diplomatic ties with Qatar.', 'en', '2017-06-06'),
    ).toEqual(['JOR', 'QAT']);
    expect(countries('In January Jordan recalled its ambassador.', 'en', '2017-06-06')).toEqual(['JOR']);
    // A given name before it still makes it a person's.
    expect(countries('Michael Jordan met the team in Chicago.', 'en', '2017-06-06')).toEqual([]);
  });

  it("takes a surname right after a leader's listed name as that name's longer form, not as someone else", () => {
    expect(
      leaders(
        "Libya's eastern administration cut ties with Qatar. Sheikh Tamim succeeded his father, Sheikh Hamad bin Khalifa Al Thani, in 2013.",
        'en',
        '2017-06-06',
      ),
    ).toEqual([['hamad-bin-khalifa', 'QAT', 'head of state']]);
  });

  it('calls a Gulf ruler by his given name, never by the house name hundreds share', () => {
    expect(
      mentionTexts(
        'Qatar emir Sheikh Tamim bin Hamad Al Thani postponed a speech. Sheikh Tamim, 37, took power in 2013. Al Thani family members attended.',
        'en',
        '2017-06-06',
      ),
    ).toEqual([['tamim-bin-hamad-al-thani', ['Tamim bin Hamad Al Thani', 'Tamim']]]);
  });

  it('knows the foreign ministers of more states, so an untied title takes the listed state', () => {
    expect(
      leaders(
        'Washington is angry. Foreign Minister Jorge Arreaza told the council that no one could give Venezuela deadlines.',
        'en',
        '2019-01-27',
      ),
    ).toEqual([['jorge-arreaza', 'VEN', 'foreign minister']]);
    expect(
      leaders('Baerbock traf in Amman ihren jordanischen Amtskollegen Ayman Safadi.', 'de', '2023-10-21'),
    ).toEqual([['ayman-safadi', 'JOR', 'foreign minister']]);
  });

  it("reads 'Bundesregierung' and 'Kanzleramt' as Germany's only where the article names Austria no more often", () => {
    expect(
      countries(
        'Österreich hat eine neue Regierung. In Wien hat Bundespräsident Thomas Klestil die neue Bundesregierung angelobt. Die Minister gingen vom Kanzleramt in die Hofburg.',
        'de',
        '2000-02-04',
      ),
    ).toEqual(['AUT']);
    expect(
      countries('Die Bundesregierung in Berlin reagierte. Gespräche in Wien laufen.', 'de', '2020-02-04'),
    ).toEqual(['DEU']);
    expect(countries('Die Bundesregierung beschloss das Paket.', 'de', '2020-02-04')).toEqual(['DEU']);
  });

  it('keeps the fixes of probe round 34 from misfiring (a review)', () => {
    // A ruler's common given name stands for no one alone; a distinctive one does (above).
    expect(
      mentionTexts(
        'Sheikh Mohammed bin Rashid Al Maktoum opened the new terminal in Dubai. Mohammed, a 34-year-old taxi driver, said business had doubled.',
        'en',
        '2024-03-05',
      ),
    ).toEqual([['mohammed-bin-rashid-al-maktoum', ['Mohammed bin Rashid Al Maktoum']]]);
    // Only a deputy head's title gives a listed minister its role: "Crown Prince" is no premier's.
    expect(
      leaders('Saudi Crown Prince Mohammed bin Salman denied any role in the killing.', 'en', '2018-10-20'),
    ).toEqual([['mohammed-bin-salman', 'SAU', 'defence minister']]);
    // A title after a name, opened by a qualifier, with a name of its own after it is that name's.
    expect(
      leaders(
        'Olaf Scholz, der neue Finanzminister Jörg Kukies und Robert Habeck trafen sich im Kanzleramt.',
        'de',
        '2024-11-10',
      ),
    ).toEqual([
      ['olaf-scholz', 'DEU', 'head of government'],
      ['jorg-kukies', 'DEU', 'finance minister'],
      ['robert-habeck', 'DEU', 'deputy head of government'],
    ]);
  });

  it('makes no foreign minister of a vice foreign minister', () => {
    expect(
      leaders("Vice Foreign Minister Sun Weidong summoned Japan's ambassador.", 'en', '2023-05-21'),
    ).toEqual([]);
  });

  it('ends a name at its possessive, so that the surname alone still links afterwards', () => {
    expect(
      mentionTexts(
        "The military detained Aung San Suu Kyi. It cited fraud in the election, which Suu Kyi's National League for Democracy won. Suu Kyi, 75, was taken from her home.",
        'en',
        '2021-02-02',
      ),
    ).toEqual([['aung-san-suu-kyi', ['Aung San Suu Kyi', "Suu Kyi's", 'Suu Kyi']]]);
  });

  it('knows migration and asylum ministers, and a title after the name with a word for how it is held', () => {
    expect(leaders('Dutch Migration Minister Marjolein Faber spoke.', 'en', '2024-07-02')).toEqual([
      ['marjolein-faber', 'NLD', 'minister'],
    ]);
    expect(
      leaders(
        'Dilan Yeşilgöz-Zegerius, the outgoing Dutch justice minister, chose to remain in parliament.',
        'en',
        '2024-07-02',
      ),
    ).toEqual([['dilan-yesilgoz-zegerius', 'NLD', 'minister']]);
  });
});

describe('probe round 35', () => {
  it("reads 'leader of Spain's … party' as the party's leader, not the state's", () => {
    expect(
      leaders(
        "Santiago Abascal, leader of Spain's far-right Vox party, was also in the audience.",
        'en',
        '2023-12-10',
      ),
    ).toEqual([]);
    expect(leaders('Vladimir Putin, the President of Russia, spoke.', 'en', '2016-06-24')).toEqual([
      ['vladimir-putin', 'RUS', 'head of state'],
    ]);
  });

  it('reads "Defence Secretary" as the Philippines\' where the article names the Philippines, not Britain', () => {
    expect(
      leaders(
        "The Philippines protested. Defence Secretary Gilberto Teodoro said the incident showed China's intention.",
        'en',
        '2024-06-20',
      ),
    ).toEqual([['gilberto-teodoro', 'PHL', 'defence minister']]);
    expect(
      leaders('Russia attacked. Defence Secretary Grant Shapps visited Kyiv.', 'en', '2024-01-20'),
    ).toEqual([['grant-shapps', 'GBR', 'defence minister']]);
  });

  it("makes no head of state of a parliament's president", () => {
    expect(leaders('Bundestagspräsidentin Bärbel Bas begrüßte den Gast.', 'de', '2023-03-30')).toEqual([]);
    expect(leaders('Nationalratspräsident Eric Nussbaumer würdigte ihn.', 'de', '2023-12-13')).toEqual([]);
  });

  it('makes no leader of someone elect (Icelandic "verðandi")', () => {
    expect(
      leaders(
        'Katrín Jakobsdóttir sendi Kamölu Harris, verðandi varaforseta, heillaóskir.',
        'is',
        '2020-11-08',
      ),
    ).toEqual([['katrin-jakobsdottir', 'ISL', 'head of government']]);
  });

  it("names someone out of office by a past state office the article's state, not a later body's headship", () => {
    expect(leaders('Donald Tusk hat die Wahl in Polen gewonnen.', 'de', '2023-10-17')).toEqual([
      ['donald-tusk', 'POL', 'head of government'],
    ]);
    expect(leaders('Donald Tusk, the former European Council president, spoke.', 'en', '2020-10-17')).toEqual(
      [['donald-tusk', null, 'head of organization']],
    );
  });

  it('knows the German "Dmitrij" and reads no Panama in the Panama Papers', () => {
    expect(
      leaders('Der frühere Präsident Dmitrij Medwedew wetterte auf Telegram.', 'de', '2023-07-12'),
    ).toEqual([['dmitry-medvedev', 'RUS', 'head of state']]);
    expect(
      countries('Sigmundur David Gunnlaugsson resigned over the Panama Papers.', 'en', '2016-06-24'),
    ).toEqual([]);
  });
});

describe('probe round 36', () => {
  it('finds no name in a lower-case word that a capitalised one at a sentence start repeats', () => {
    expect(
      leaders(
        'Giorgia Meloni tagte mit dem Kabinett zu Energiefragen. Zu Vizepremiers ernannte sie zwei Männer.',
        'de',
        '2022-10-23',
      ),
    ).toEqual([['giorgia-meloni', 'ITA', 'head of government']]);
  });

  it('reads a capital as its state before more verbs of answering and acting', () => {
    expect(
      leaders(
        'Ethiopia agreed. Asmara answered by sending Foreign Minister Osman Saleh.',
        'en',
        '2018-07-09',
      ),
    ).toEqual([['osman-saleh', 'ERI', 'foreign minister']]);
    expect(countries('The Paris protests turned violent. Ethiopia agreed.', 'en')).toEqual(['ETH']);
    // The state that opens the sentence sends its minister, not the leader's named before.
    expect(
      leaders(
        'Abiy Ahmed announced that Ethiopia would accept the ruling. Asmara answered by sending a delegation led by Foreign Minister Osman Saleh.',
        'en',
        '2018-07-09',
      ),
    ).toEqual([
      ['abiy-ahmed', 'ETH', 'head of government'],
      ['osman-saleh', 'ERI', 'foreign minister'],
    ]);
    expect(
      leaders(
        "Abiy Ahmed spoke on Monday. Russia's invasion of Ukraine worries Foreign Minister Gedu Andargachew.",
        'en',
        '2018-07-09',
      ),
    ).toEqual([
      ['abiy-ahmed', 'ETH', 'head of government'],
      ['gedu-andargachew', 'ETH', 'foreign minister'],
    ]);
  });

  it('reads a capital as its state after a verb of acting and "by"', () => {
    expect(
      countries('The plan, backed by London and opposed by Moscow, was rejected by Beijing.', 'en'),
    ).toEqual(['GBR', 'RUS', 'CHN']);
    expect(countries('The ceasefire was welcomed by Washington.', 'en')).toEqual(['USA']);
    expect(countries('The festival was opened by Paris musicians.', 'en')).toEqual([]);
  });

  it('gives a linked title to the name before an apposition between commas', () => {
    expect(
      leaders(
        'Guðmundur Ingi Guðbrandsson, framkvæmdastjóri Landverndar, verður umhverfisráðherra.',
        'is',
        '2017-11-30',
      ),
    ).toEqual([['gudmundur-ingi-gudbrandsson', 'ISL', 'minister']]);
    expect(
      leaders('Einar K. Guðfinnsson, forseti Alþingis, var sjávarútvegsráðherra.', 'is', '2014-03-13'),
    ).toEqual([['einar-k-gudfinnsson', 'ISL', 'minister']]);
    expect(
      leaders(
        'John Mbadi, the ODM chairman, took the oath as Cabinet Secretary for the National Treasury.',
        'en',
        '2024-08-08',
      ),
    ).toEqual([['john-mbadi', 'KEN', 'finance minister']]);
  });

  it('reads a title after "áfram" in a clause without its verb, not after "will become"', () => {
    expect(
      leaders(
        'Guðlaugur Þór Þórðarson verður áfram utanríkisráðherra og Þórdís Kolbrún Reykfjörð Gylfadóttir áfram ferðamálaráðherra.',
        'is',
        '2017-11-30',
      ),
    ).toEqual([
      ['gudlaugur-thor-thordarson', 'ISL', 'foreign minister'],
      ['thordis-kolbrun-reykfjord-gylfadottir', 'ISL', 'minister'],
    ]);
    // One who will take an office holds none yet: "Dick Schoof will become prime minister" in May 2024.
    expect(
      leaders(
        'Under the coalition deal, Dick Schoof will become prime minister of the Netherlands.',
        'en',
        '2024-05-30',
      ),
    ).toEqual([]);
  });

  it("gives a head's deputy the head's state, over a link before the possessor", () => {
    expect(
      leaders(
        "Álvaro Uribe opposed it. Francisco Santos, who served as Uribe's vice-president, opposed the accord.",
        'en',
        '2016-10-03',
      ),
    ).toEqual([
      ['alvaro-uribe', 'COL', 'head of state'],
      ['francisco-santos', 'COL', 'deputy head of state'],
    ]);
  });

  it('takes a party several states have for the state the article names most', () => {
    expect(
      leaders(
        'Die Bundesregierung reagierte nüchtern. Bundeskanzler Olaf Scholz gratulierte Erdoğan. Landwirtschaftsminister Cem Özdemir (Grüne), dessen Eltern aus der Türkei stammen, äußerte sich dagegen kritisch.',
        'de',
        '2023-05-29',
      ),
    ).toEqual([
      ['olaf-scholz', 'DEU', 'head of government'],
      ['recep-tayyip-erdogan', 'TUR', 'head of state'],
      ['cem-ozdemir', 'DEU', 'minister'],
    ]);
    expect(
      leaders(
        'Österreich verschärft die Regeln. Gesundheitsminister Johannes Rauch (Grüne) verwies auf Deutschland, wo man abwartet, und auf Österreichs Spitäler.',
        'de',
        '2022-05-29',
      ),
    ).toEqual([['johannes-rauch', 'AUT', 'minister']]);
  });

  it('gives the title to both names of a succession, not to one who will succeed', () => {
    const both = [
      ['carolina-toha', 'CHL', 'minister'],
      ['izkia-siches', 'CHL', 'minister'],
    ];
    expect(
      leaders("Carolina Tohá replaced Izkia Siches as Chile's interior minister.", 'en', '2022-09-06'),
    ).toEqual(both);
    expect(
      leaders('Chile named Carolina Tohá as interior minister, replacing Izkia Siches.', 'en', '2022-09-06'),
    ).toEqual(both);
    expect(
      leaders('Carolina Tohá ersetzt Izkia Siches als chilenische Innenministerin.', 'de', '2022-09-06'),
    ).toEqual(both);
    expect(
      leaders("Kashim Shettima will succeed Yemi Osinbajo as Nigeria's vice-president.", 'en', '2023-03-01'),
    ).toEqual([['yemi-osinbajo', 'NGA', 'deputy head of state']]);
  });
});

describe('probe round 37', () => {
  it('knows the press spellings of Anastasiades, Burhan and Kadhimi, and Djíbútí', () => {
    expect(leaders('Präsident Nikos Anastasiadis hatte Bedenken.', 'de', '2016-03-18')).toEqual([
      ['nicos-anastasiades', 'CYP', 'head of state'],
    ]);
    expect(
      leaders('Abdel Fattah al-Burhan hafnaði vopnahléinu. Burhan sagði nei.', 'is', '2023-04-25'),
    ).toEqual([['abdel-fattah-abdelrahman-burhan', 'SDN', 'head of state']]);
    expect(leaders('Mustafa al-Kadhimi congratulated his successor.', 'en', '2022-10-28')).toEqual([
      ['mustafa-al-kadhimi', 'IRQ', 'head of government'],
    ]);
    expect(countries('Frakkar flugu fólki til Djíbútí.', 'is')).toEqual(['FRA', 'DJI']);
  });

  it('links a title after "sem lét af embætti" and "kept his post as"', () => {
    expect(
      leaders('Jón Gunnarsson, sem lét af embætti dómsmálaráðherra, gagnrýndi þetta.', 'is', '2023-06-21'),
    ).toEqual([['jon-gunnarsson', 'ISL', 'minister']]);
    expect(
      leaders("Fuad Hussein kept his post as foreign minister in Iraq's new cabinet.", 'en', '2022-10-28'),
    ).toEqual([['fuad-hussein', 'IRQ', 'foreign minister']]);
  });

  it('takes no company for a person, and reaches the name over a long apposition', () => {
    expect(
      leaders(
        "Ali Kareem, a former head of the state-run Basra Oil Company, was named Iraq's oil minister.",
        'en',
        '2022-10-28',
      ),
    ).toEqual([['ali-kareem', 'IRQ', 'minister']]);
  });

  it('makes no short name of a compound given name and the surname', () => {
    // "Abdul Aziz Abdul Ghani", Yemen's prime minister in the 1990s, is no "Abdul Ghani".
    expect(leaders('Hayan Abdul Ghani spoke.', 'en', '2022-10-28')).toEqual([]);
    expect(leaders('Abdul Aziz Abdul Ghani spoke in Sanaa.', 'en', '1995-10-28')).toEqual([
      ['abdul-aziz-abdul-ghani', 'YEM', 'head of government'],
    ]);
  });

  it('gives an unlisted head the state the sentence opens in', () => {
    expect(
      leaders('In Iraq, outgoing prime minister Ali Hassan congratulated his successor.', 'en', '2022-10-28'),
    ).toEqual([['ali-hassan', 'IRQ', 'head of government']]);
    // Not a party's leader: "Conservative leader".
    expect(
      leaders(
        'In Canada, New Democratic Party leader Jagmeet Singh called for an inquiry, and Conservative leader Pierre Poilievre demanded facts.',
        'en',
        '2023-09-22',
      ),
    ).toEqual([]);
    // Not a listed head of a body: "In Brussels, President Juncker" is the Commission's.
    expect(
      leaders(
        'The European Commission met. In Brussels, President Jean-Claude Juncker spoke.',
        'en',
        '2018-10-28',
      ),
    ).toEqual([['jean-claude-juncker', null, 'head of organization']]);
  });

  it('names a minister by the ministry taken over or headed', () => {
    expect(
      leaders("Giorgio Jackson will run Chile's social development ministry.", 'en', '2022-09-06'),
    ).toEqual([['giorgio-jackson', 'CHL', 'minister']]);
    expect(
      leaders("Kgosientsho Ramokgopa heads South Africa's electricity ministry.", 'en', '2024-07-01'),
    ).toEqual([['kgosientsho-ramokgopa', 'ZAF', 'minister']]);
    expect(
      leaders('Guðrún Hafsteinsdóttir tók við dómsmálaráðuneytinu á mánudag.', 'is', '2023-06-21'),
    ).toEqual([['gudrun-hafsteinsdottir', 'ISL', 'minister']]);
    expect(
      leaders(
        'Ný ríkisstjórn Íslands tók við. Inga Sæland tekur við nýju ráðuneyti félags- og húsnæðismála.',
        'is',
        '2024-12-21',
      ),
    ).toEqual([['inga-saeland', 'ISL', 'minister']]);
    // The role from the ministry's words, the state from the adjective among them.
    expect(
      leaders('Max Muster übernimmt das österreichische Verteidigungsministerium.', 'de', '2025-05-06'),
    ).toEqual([['max-muster', 'AUT', 'defence minister']]);
    // Not the ministry's possession, nor a ministry word opening a longer noun.
    expect(
      leaders("John Smith heads the foreign ministry's delegation in Chile.", 'en', '2024-07-01'),
    ).toEqual([]);
    expect(leaders('In Chile, John Smith heads ministry officials.', 'en', '2024-07-01')).toEqual([]);
  });

  it('reads a capitalised word after an article before a name as a noun', () => {
    expect(mentionTexts('Der Grünliberale Viktor Rossi wird Bundeskanzler.', 'de', '2023-12-13')).toEqual([
      ['viktor-rossi', ['Viktor Rossi']],
    ]);
  });
});

describe('probe round 38', () => {
  it('knows German spellings of popes, Khrushchev and Turchynov', () => {
    expect(leaders('Papst Benedikt XVI. tritt zurück.', 'de', '2013-02-11')).toEqual([
      ['pope-benedict-xvi', 'VAT', 'head of state'],
    ]);
    expect(
      leaders(
        'Die Krim kam 1954 unter Sowjetführer Nikita Chruschtschow an die Ukraine.',
        'de',
        '2014-03-18',
      ),
    ).toEqual([['nikita-khrushchev', 'SUN', 'head of government']]);
    expect(
      leaders('Übergangspräsident Olexander Turtschynow erlaubte den Waffeneinsatz.', 'de', '2014-03-18'),
    ).toEqual([['oleksandr-turchynov', 'UKR', 'head of state']]);
  });

  it('takes the namesake of the past where an apposition says "then" or "former"', () => {
    expect(
      leaders(
        'Bjarni Benediktsson, þáverandi utanríkisráðherra, undirritaði sáttmálann í apríl 1949.',
        'is',
        '2023-07-12',
      ),
    ).toEqual([['bjarni-benediktsson-2', 'ISL', 'foreign minister']]);
    // A year paragraphs before is another passage's, not the name's.
    expect(
      leaders(
        'Hún minnti á varnarsamninginn frá 1951. Ferðamönnum fækkar. Bókanir dragast saman. Verð hækkar. Bjarni Benediktsson, fyrrverandi forsætisráðherra, gagnrýndi ríkisstjórnina.',
        'is',
        '2025-04-10',
      ),
    ).toEqual([['bjarni-benediktsson', 'ISL', 'head of government']]);
  });

  it('reads the state a sentence opens in over a qualifier, and a capital after the regime in it', () => {
    expect(
      leaders(
        "Paul O'Neill was wary. In neighboring Brazil, Finance Minister Pedro Malan said no.",
        'en',
        '2001-12-06',
      ),
    ).toEqual([
      ['paul-o-neill', 'USA', 'finance minister'],
      ['pedro-malan', 'BRA', 'finance minister'],
    ]);
    expect(countries('Þeir vöruðu stjórnina í Teheran við.', 'is')).toEqual(['IRN']);
    // A state after the name, where the title names none.
    expect(
      leaders("Paul O'Neill was wary. Finance Minister Pedro Malan of Brazil said no.", 'en', '2001-12-06'),
    ).toEqual([
      ['paul-o-neill', 'USA', 'finance minister'],
      ['pedro-malan', 'BRA', 'finance minister'],
    ]);
  });

  it("takes a region's first minister for no state's, over an ordinal or as a bare minister's word", () => {
    expect(
      leaders(
        'Aus Irland kam Lob, Schottlands Erste Ministerin Nicola Sturgeon forderte ein Referendum.',
        'de',
        '2020-01-31',
      ),
    ).toEqual([]);
    expect(
      leaders('Nicola Sturgeon, fyrsti ráðherra Skotlands, hitti leiðtoga Íslands.', 'is', '2021-11-02'),
    ).toEqual([]);
  });

  it("takes an attorney general for no minister: most are states' or civil servants", () => {
    expect(
      leaders('Texas sued. Attorney General Ken Paxton said the state would appeal.', 'en', '2024-05-17'),
    ).toEqual([]);
    expect(
      leaders('Georgia Attorney General Chris Carr said the state would appeal.', 'en', '2024-05-17'),
    ).toEqual([]);
  });

  it('reads a capital persuaded or angered as its state, and "who is also" as a title link', () => {
    expect(countries('Hamdok wants to persuade Washington to drop the listing.', 'en')).toEqual(['USA']);
    expect(countries('The deal angered Beijing.', 'en')).toEqual(['CHN']);
    expect(
      leaders("Spain's Íñigo Méndez de Vigo, who is also education minister, spoke.", 'en', '2017-10-28'),
    ).toEqual([['inigo-mendez-de-vigo', 'ESP', 'minister']]);
  });
});

describe('probe round 39', () => {
  it("gives a deputy's title with its ordinal the state named before it", () => {
    expect(
      leaders('Iran named First Vice President Mohammad Mokhber as acting president.', 'en', '2024-05-20'),
    ).toEqual([['mohammad-mokhber', 'IRN', 'deputy head of state']]);
    // A lower-case ordinal after a name is read as before.
    expect(
      leaders(
        'Ali Khamenei fól Mohammad Mokhber, fyrsta varaforseta, að gegna forsetaembættinu.',
        'is',
        '2024-05-20',
      ),
    ).toEqual([
      ['ali-khamenei', 'IRN', 'head of state'],
      ['mohammad-mokhber', 'IRN', 'deputy head of state'],
    ]);
  });

  it("gives a linked title with a state's possessive to the name, whatever follows the title", () => {
    expect(
      leaders(
        "Anura Kumara Dissanayake was sworn in as Sri Lanka's president on Monday.",
        'en',
        '2024-09-23',
      ),
    ).toEqual([['anura-kumara-dissanayake', 'LKA', 'head of state']]);
    // Not over a comma, where the apposition does not close.
    expect(
      leaders(
        "In an interview with Jake Tapper, America's commerce secretary defended the tariffs.",
        'en',
        '2025-04-01',
      ),
    ).toEqual([]);
  });

  it("reads a capital's possessive before a noun of the city as the city", () => {
    expect(countries("In Nairobi's Kibera slum, residents queued to vote.", 'en')).toEqual([]);
    expect(countries("Moscow's mayor spoke. Cairo's Tahrir Square filled.", 'en')).toEqual([]);
    expect(countries("Moscow's response was swift.", 'en')).toEqual(['RUS']);
    expect(countries('Washington boðaði hertar refsiaðgerðir.', 'is')).toEqual(['USA']);
  });

  it('makes no name of a noun after an article and a possessor before a title', () => {
    expect(
      leaders('In Brasilien war er bis zum Frühjahr Bolsonaros Infrastrukturminister.', 'de', '2022-10-31'),
    ).toEqual([]);
  });
});

describe('a review of the rules of probe rounds 36 to 39', () => {
  it('takes no one near a ministry for its minister: not after a preposition, not its officials', () => {
    expect(
      leaders(
        'Japanese Prime Minister Fumio Kishida spoke. Masato Kanda oversees currency policy at the finance ministry.',
        'en',
        '2024-05-01',
      ),
    ).toEqual([['fumio-kishida', 'JPN', 'head of government']]);
    expect(leaders("Ali Raza got a letter from Pakistan's finance ministry.", 'en', '2024-05-01')).toEqual(
      [],
    );
    expect(
      leaders('Die Ermittlungen gegen Thomas Müller leitet das Innenministerium.', 'de', '2024-05-01'),
    ).toEqual([]);
    expect(
      leaders('Jón Gunnarsson heldur því fram að ráðuneytið hafi brugðist.', 'is', '2024-05-01'),
    ).toEqual([]);
  });

  it('gives no state of a quotation to the minister said to have said it', () => {
    expect(
      leaders(
        'Turkish President Tayyip Erdogan announced the trade measures on Thursday. Israel will be hit hardest, Trade Minister Omer Bolat told reporters.',
        'en',
        '2024-05-02',
      ),
    ).toEqual([
      ['recep-tayyip-erdogan', 'TUR', 'head of state'],
      ['omer-bolat', 'TUR', 'minister'],
    ]);
  });

  it('steps over no apposition of a name after a preposition', () => {
    expect(
      leaders(
        'Að mati Eiríks Bergmanns, prófessors í stjórnmálafræði, er forsætisráðherra í erfiðri stöðu.',
        'is',
        '2023-06-21',
      ),
    ).toEqual([]);
    expect(
      leaders(
        'Laut Steffen Hebestreit, dem Sprecher der Bundesregierung, wird der Finanzminister den Entwurf am Mittwoch vorlegen.',
        'de',
        '2023-06-21',
      ),
    ).toEqual([]);
  });

  it('takes, of namesakes, the one who held the past title after the name', () => {
    expect(
      leaders('Bjarni Benediktsson, fyrrverandi fjármálaráðherra, sagði af sér.', 'is', '2024-06-01'),
    ).toEqual([['bjarni-benediktsson', 'ISL', 'head of government']]);
  });

  it("reads no state in a capital that modifies a noun or ends a club's name", () => {
    expect(countries('The fund was backed by London-based investors.', 'en')).toEqual([]);
    expect(countries('The march was opposed by Budapest police.', 'en')).toEqual([]);
    expect(countries('Real Madrid signs Kylian Mbappe.', 'en')).toEqual([]);
    expect(countries('Now Moscow says no.', 'en')).toEqual(['RUS']);
  });

  it('takes no preposition for a scene, and no state after a name in a noun phrase', () => {
    expect(
      leaders(
        'Australian PM Anthony Albanese welcomed the deal. In talks with China, Trade Minister Don Farrell pressed for access.',
        'en',
        '2023-05-01',
      ),
    ).toEqual([
      ['anthony-albanese', 'AUS', 'head of government'],
      ['don-farrell', 'AUS', 'minister'],
    ]);
    expect(
      leaders(
        'Canadian PM Justin Trudeau announced the tariffs. The criticism by Trade Minister Mary Ng of China was echoed.',
        'en',
        '2023-05-01',
      ),
    ).toEqual([
      ['justin-trudeau', 'CAN', 'head of government'],
      ['mary-ng', 'CAN', 'minister'],
    ]);
  });

  it("gives a party several states have the last leader's state, and a listed deputy their own", () => {
    expect(
      leaders(
        'Bundeskanzler Karl Nehammer (ÖVP) traf die Minister. Umweltministerin Leonore Gewessler (Grüne) kritisierte die deutschen Pläne. Deutschland müsse einlenken, sagte sie.',
        'de',
        '2023-05-01',
      ),
    ).toEqual([
      ['karl-nehammer', 'AUT', 'head of government'],
      ['leonore-gewessler', 'AUT', 'minister'],
    ]);
    expect(
      leaders(
        'India has avoided condemning the generals; External Affairs Minister Subrahmanyam Jaishankar said New Delhi wanted the rule of law upheld. In Moscow, Anatoly Chubais, named first deputy prime minister and finance minister this week, said the summit had opened the way.',
        'en',
        '2021-04-25',
      ),
    ).toEqual([
      ['s-jaishankar', 'IND', 'foreign minister'],
      ['anatoly-chubais', 'RUS', 'deputy head of government'],
    ]);
  });
});

describe('probe round 40', () => {
  it('reads capitals listed after "of" as places', () => {
    expect(countries('Mali depends on the ports of Lomé, Abidjan and Dakar.', 'en')).toEqual(['MLI']);
    expect(countries('Aznar had clashed with Paris and Berlin over the voting system.', 'en')).toEqual([
      'FRA',
      'DEU',
    ]);
    expect(countries('Flights from Paris, Berlin and Moscow resumed.', 'en')).toEqual([]);
    expect(countries('In London, Paris and Berlin, protesters marched.', 'en')).toEqual([]);
    expect(countries('Um helgina fóru fram fjölmenn mótmæli í Lundúnum, París og Berlín.', 'is')).toEqual([]);
    expect(countries('Moskva og Kænugarður deila.', 'is')).toEqual(['RUS', 'UKR']);
  });

  it('reads the capitals listed before one that speaks as states too', () => {
    expect(countries('Washington, London and Paris condemned the attack.', 'en')).toEqual([
      'USA',
      'GBR',
      'FRA',
    ]);
    expect(countries('Am Dienstag zogen Paris, Rom und Madrid nach.', 'de')).toEqual(['FRA', 'ITA', 'ESP']);
    expect(
      countries('Niger recalled its ambassadors to Paris, Washington, Abuja and Lome.', 'en', '2023-08-03'),
    ).toEqual(['NER', 'FRA', 'USA', 'NGA', 'TGO']);
  });

  it('takes a name of a seat of the Swiss Federal Council decades ago, its state unnamed, for a namesake', () => {
    expect(leaders('Markus Feldmann, a pump maker, spoke.', 'en', '2024-11-07')).toEqual([]);
    expect(leaders('Bundesrat Markus Feldmann sprach in Bern.', 'de', '1955-11-07')).toEqual([
      ['markus-feldmann', 'CHE', 'head of state'],
    ]);
    // A leader alone in office is named for longer.
    expect(leaders('Nikita Khrushchev banged his shoe.', 'en', '2024-02-12')).toEqual([
      ['nikita-khrushchev', 'SUN', 'head of government'],
    ]);
  });

  it('knows Rabin in Icelandic and family and innovation ministers in English', () => {
    expect(leaders('Jitshak Rabín samdi frið við Jórdaníu árið 1994.', 'is', '2020-09-16')).toEqual([
      ['yitzhak-rabin', 'ISR', 'head of government'],
    ]);
    expect(leaders('Italian Family Minister Elena Bonetti resigned.', 'en', '2021-02-13')).toEqual([
      ['elena-bonetti', 'ITA', 'minister'],
    ]);
  });
});

describe('language and text', () => {
  it.each([
    ['Vladimír Pútín Rússlandsforseti hrósaði Norður-Kóreu fyrir stuðninginn í stríðinu.', 'is'],
    ['Bundeskanzler Olaf Scholz ist am Sonntag zu einem Besuch in China eingetroffen.', 'de'],
    ['The United States eased sanctions on Venezuela after the election deal.', 'en'],
  ])('detects the language of %s', (text, lang) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it.each([
    // Short texts, where trigram scores of neighbouring languages are close or meaningless.
    ["Japan's prime minister visited Washington.", 'en'],
    ['Russia attacked Ukraine.', 'en'],
    ['Deutschland verurteilte den Iran.', 'de'],
    ['Frakkland beitti Kína refsiaðgerðum.', 'is'],
    ['Россия атаковала Украину.', 'ru'],
    ['Росія засудила Україну.', 'uk'],
    // Trigrams put German first, near English; "that" and "would" tell.
    ['Former prime minister Geir H. Haarde told reporters that Iceland would recover.', 'en'],
  ])('detects the language of the short text %s', (text, lang) => {
    expect(extract({ body: text }).lang).toBe(lang);
  });

  it('puts the title before the body with a blank line', () => {
    expect([articleText({ title: ' T ', body: 'B' }), articleText({ body: 'B' })]).toEqual(['T\n\nB', 'B']);
  });
});
