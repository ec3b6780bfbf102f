-- Uzbek in Cyrillic (issue 41). Sectors and regions carry their Cyrillic names since V1/V2; act types and
-- agencies get theirs here, written by hand in the 1995 Cyrillic spelling (not transliterated at run time).
-- A row added later without one is shown transliterated (reference.LocalizedName) until a migration names it.
ALTER TABLE act_type ADD COLUMN name_uz_cyrl VARCHAR(300);
ALTER TABLE agency ADD COLUMN name_uz_cyrl VARCHAR(400);

UPDATE act_type SET name_uz_cyrl = 'Конституция' WHERE code = 'constitution';
UPDATE act_type SET name_uz_cyrl = 'Конституциявий қонун' WHERE code = 'constitutional-law';
UPDATE act_type SET name_uz_cyrl = 'Қонун (шу жумладан кодекс)' WHERE code = 'law';
UPDATE act_type SET name_uz_cyrl = 'Олий Мажлис палатасининг қарори' WHERE code = 'chamber-resolution';
UPDATE act_type SET name_uz_cyrl = 'Президент фармони' WHERE code = 'presidential-decree';
UPDATE act_type SET name_uz_cyrl = 'Президент қарори' WHERE code = 'presidential-resolution';
UPDATE act_type SET name_uz_cyrl = 'Президент фармойиши' WHERE code = 'presidential-order';
UPDATE act_type SET name_uz_cyrl = 'Вазирлар Маҳкамасининг қарори' WHERE code = 'cabinet-resolution';
UPDATE act_type SET name_uz_cyrl = 'Вазирлик (идора) буйруғи' WHERE code = 'departmental-order';
UPDATE act_type SET name_uz_cyrl = 'Давлат қўмитаси (идора) қарори' WHERE code = 'departmental-resolution';
UPDATE act_type SET name_uz_cyrl = 'Халқ депутатлари Кенгашининг қарори' WHERE code = 'local-council-decision';
UPDATE act_type SET name_uz_cyrl = 'Ҳоким қарори' WHERE code = 'khokim-decision';

UPDATE agency SET name_uz_cyrl = 'Адлия вазирлиги' WHERE code = 'ministry-of-justice';
UPDATE agency SET name_uz_cyrl = 'Иқтисодиёт ва молия вазирлиги' WHERE code = 'ministry-of-economy-and-finance';
UPDATE agency SET name_uz_cyrl = 'Инвестициялар, саноат ва савдо вазирлиги' WHERE code = 'ministry-of-investment-industry-trade';
UPDATE agency SET name_uz_cyrl = 'Ташқи ишлар вазирлиги' WHERE code = 'ministry-of-foreign-affairs';
UPDATE agency SET name_uz_cyrl = 'Ички ишлар вазирлиги' WHERE code = 'ministry-of-internal-affairs';
UPDATE agency SET name_uz_cyrl = 'Мудофаа вазирлиги' WHERE code = 'ministry-of-defence';
UPDATE agency SET name_uz_cyrl = 'Фавқулодда вазиятлар вазирлиги' WHERE code = 'ministry-of-emergency-situations';
UPDATE agency SET name_uz_cyrl = 'Соғлиқни сақлаш вазирлиги' WHERE code = 'ministry-of-health';
UPDATE agency SET name_uz_cyrl = 'Мактабгача ва мактаб таълими вазирлиги' WHERE code = 'ministry-of-preschool-and-school-education';
UPDATE agency SET name_uz_cyrl = 'Олий таълим, фан ва инновациялар вазирлиги' WHERE code = 'ministry-of-higher-education-science-innovation';
UPDATE agency SET name_uz_cyrl = 'Камбағалликни қисқартириш ва бандлик вазирлиги' WHERE code = 'ministry-of-employment-poverty-reduction';
UPDATE agency SET name_uz_cyrl = 'Қишлоқ хўжалиги вазирлиги' WHERE code = 'ministry-of-agriculture';
UPDATE agency SET name_uz_cyrl = 'Сув хўжалиги вазирлиги' WHERE code = 'ministry-of-water-resources';
UPDATE agency SET name_uz_cyrl = 'Энергетика вазирлиги' WHERE code = 'ministry-of-energy';
UPDATE agency SET name_uz_cyrl = 'Тоғ-кон саноати ва геология вазирлиги' WHERE code = 'ministry-of-mining-and-geology';
UPDATE agency SET name_uz_cyrl = 'Транспорт вазирлиги' WHERE code = 'ministry-of-transport';
UPDATE agency SET name_uz_cyrl = 'Қурилиш ва уй-жой коммунал хўжалиги вазирлиги' WHERE code = 'ministry-of-construction-housing';
UPDATE agency SET name_uz_cyrl = 'Рақамли технологиялар вазирлиги' WHERE code = 'ministry-of-digital-technologies';
UPDATE agency SET name_uz_cyrl = 'Маданият вазирлиги' WHERE code = 'ministry-of-culture';
UPDATE agency SET name_uz_cyrl = 'Экология, атроф-муҳитни муҳофаза қилиш ва иқлим ўзгариши вазирлиги' WHERE code = 'ministry-of-ecology';
UPDATE agency SET name_uz_cyrl = 'Ёшлар сиёсати ва спорт вазирлиги' WHERE code = 'ministry-of-youth-policy-and-sports';
UPDATE agency SET name_uz_cyrl = 'Солиқ қўмитаси' WHERE code = 'tax-committee';
UPDATE agency SET name_uz_cyrl = 'Божхона қўмитаси' WHERE code = 'customs-committee';
UPDATE agency SET name_uz_cyrl = 'Рақобатни ривожлантириш ва истеъмолчилар ҳуқуқларини ҳимоя қилиш қўмитаси' WHERE code = 'competition-committee';
UPDATE agency SET name_uz_cyrl = 'Туризм қўмитаси' WHERE code = 'tourism-committee';
UPDATE agency SET name_uz_cyrl = 'Дин ишлари бўйича қўмита' WHERE code = 'religious-affairs-committee';
UPDATE agency SET name_uz_cyrl = 'Ветеринария ва чорвачиликни ривожлантириш қўмитаси' WHERE code = 'veterinary-livestock-committee';
UPDATE agency SET name_uz_cyrl = 'Санитария-эпидемиологик осойишталик ва жамоат саломатлиги қўмитаси' WHERE code = 'sanitary-epidemiological-committee';
UPDATE agency SET name_uz_cyrl = 'Ўрмон хўжалиги давлат қўмитаси' WHERE code = 'forestry-committee';
UPDATE agency SET name_uz_cyrl = 'Коррупцияга қарши курашиш агентлиги' WHERE code = 'anti-corruption-agency';
UPDATE agency SET name_uz_cyrl = 'Президент ҳузуридаги Статистика агентлиги' WHERE code = 'statistics-agency';
UPDATE agency SET name_uz_cyrl = 'Давлат хизматлари агентлиги' WHERE code = 'public-services-agency';
UPDATE agency SET name_uz_cyrl = 'Кадастр агентлиги' WHERE code = 'cadastre-agency';
UPDATE agency SET name_uz_cyrl = 'Ўзбекистон техник жиҳатдан тартибга солиш агентлиги' WHERE code = 'technical-regulation-agency';
UPDATE agency SET name_uz_cyrl = 'Стратегик ислоҳотлар агентлиги' WHERE code = 'strategic-reforms-agency';
UPDATE agency SET name_uz_cyrl = 'Президент ҳузуридаги Қонунчилик ва ҳуқуқий сиёсат институти' WHERE code = 'legislation-policy-institute';
UPDATE agency SET name_uz_cyrl = 'Ўзбекистон Республикаси Марказий банки' WHERE code = 'central-bank';
UPDATE agency SET name_uz_cyrl = 'Тошкент шаҳар ҳокимлиги' WHERE code = 'tashkent-city-khokimiyat';

-- Language tags were two letters (uz, ru, en); uz-Cyrl takes seven. Widened, never narrowed: any BCP 47 tag the
-- portal speaks fits in eight.
ALTER TABLE agency ALTER COLUMN report_language SET DATA TYPE VARCHAR(8);
ALTER TABLE report ALTER COLUMN language SET DATA TYPE VARCHAR(8);
