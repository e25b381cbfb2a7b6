-- =============================================================================
-- camove DEMO DATA ONLY: the programme Central Asia on the Move
-- («Центральная Азия в движении»).
--
-- Applied by Flyway only when the demo data set is wanted (the run command),
-- after the schema migrations in db/migration, to an empty database.
-- Never apply this to a production database.
--
-- The programme, its two lead agencies (ACT Alliance members), donors and
-- 25 local partner organisations in Kyrgyzstan, Tajikistan, Kazakhstan and
-- Russia are fictional but grounded in public descriptions of the ACT joint
-- programme and of the migration research of the Tian Shan Policy Center
-- (the one real organisation named here, as in the seed material). Any
-- resemblance of the other organisation names to real bodies is unintended.
--
-- Explicit ids are used so that rows can refer to each other simply, as the
-- database is empty when this runs. Portable SQL for MySQL 8 and MariaDB 11.4.
-- Percentage baselines and targets are in percentage points (80 = 80 %),
-- YES_NO baselines and targets use 0 = no, 1 = yes.
-- =============================================================================

-- -----------------------------------------------------------------------------
-- Organisations: 2 lead agencies, 4 donors, 25 partners
-- -----------------------------------------------------------------------------
INSERT INTO organisation (id, code, kind, name_en, name_ru, country) VALUES
    -- Lead agencies: two ACT Alliance members (fictional)
    (1, 'LA-1', 'LEAD_AGENCY', 'Nordic Diaconal Migration Aid', 'Северная диаконическая помощь мигрантам', 'SE'), -- Stockholm, supported the 15 Kyrgyzstani organisations since 2006
    (2, 'LA-2', 'LEAD_AGENCY', 'Alpine Protestant Relief Service', 'Альпийская протестантская служба помощи', 'CH'), -- Bern, supported organisations of migrants and poorer rural populations
    -- Donors: a private foundation, back-donors of the lead agencies and another ACT member (all fictional)
    (3, 'DN-01', 'DONOR', 'Silk Road Rights Foundation', 'Правозащитный фонд «Шёлковый путь»', 'US'), -- private foundation, funds research and advocacy
    (4, 'DN-02', 'DONOR', 'Nordic Partnership Fund for Development', 'Северный фонд партнёрства в целях развития', 'SE'), -- public back-donor of LA-1
    (5, 'DN-03', 'DONOR', 'Rhineland Protestant Solidarity Fund', 'Рейнский протестантский фонд солидарности', 'DE'), -- ACT member, co-funder
    (6, 'DN-04', 'DONOR', 'Lake Constance Ecumenical Fund', 'Экуменический фонд Боденского озера', 'CH'), -- back-donor of LA-2
    -- Partners in Kyrgyzstan (12)
    (7, 'KG-01', 'PARTNER', 'Tian Shan Policy Center', 'Центр политики «Тянь-Шань»', 'KG'), -- Bishkek, research and policy partner
    (8, 'KG-02', 'PARTNER', 'Bishkek Migrant Support Centre', 'Бишкекский центр поддержки мигрантов', 'KG'), -- Bishkek
    (9, 'KG-03', 'PARTNER', 'Osh Legal Clinic for Internal Migrants', 'Ошская юридическая клиника для внутренних мигрантов', 'KG'), -- Osh
    (10, 'KG-04', 'PARTNER', 'Association of Residents of Bishkek''s New Settlements', 'Ассоциация жителей новостроек Бишкека', 'KG'), -- Bishkek
    (11, 'KG-05', 'PARTNER', 'Jalal-Abad Rural Women''s Association', 'Джалал-Абадское объединение сельских женщин', 'KG'), -- Jalal-Abad
    (12, 'KG-06', 'PARTNER', 'Naryn Community Development Foundation', 'Нарынский фонд развития местных сообществ', 'KG'), -- Naryn
    (13, 'KG-07', 'PARTNER', 'Issyk-Kul Migrant Families Support Network', 'Иссык-Кульская сеть поддержки семей мигрантов', 'KG'), -- Karakol
    (14, 'KG-08', 'PARTNER', 'Talas Rural Advisory Service', 'Таласская сельская консультационная служба', 'KG'), -- Talas
    (15, 'KG-09', 'PARTNER', 'Batken Cross-Border Migration Resource Centre', 'Баткенский ресурсный центр по вопросам трансграничной миграции', 'KG'), -- Batken
    (16, 'KG-10', 'PARTNER', 'Union of Returning Migrants of Kyrgyzstan', 'Союз вернувшихся мигрантов Кыргызстана', 'KG'), -- Bishkek
    (17, 'KG-11', 'PARTNER', 'Osh Centre for Access to Health Care', 'Ошский центр содействия доступу к медицинской помощи', 'KG'), -- Osh
    (18, 'KG-12', 'PARTNER', 'Chui Valley Children''s Education Fund', 'Фонд образования детей Чуйской долины', 'KG'), -- Tokmok
    -- Partners in Tajikistan (7)
    (19, 'TJ-01', 'PARTNER', 'Dushanbe Migrant Rights Bureau', 'Душанбинское бюро по правам мигрантов', 'TJ'), -- Dushanbe
    (20, 'TJ-02', 'PARTNER', 'Khujand Women''s Migration Network', 'Худжандская женская сеть по вопросам миграции', 'TJ'), -- Khujand
    (21, 'TJ-03', 'PARTNER', 'Kulob Association of Migrants'' Families', 'Кулябская ассоциация семей мигрантов', 'TJ'), -- Kulob
    (22, 'TJ-04', 'PARTNER', 'Pamir Mountain Communities Foundation', 'Фонд горных сообществ Памира', 'TJ'), -- Khorog
    (23, 'TJ-05', 'PARTNER', 'Bokhtar Rural Households Support Centre', 'Бохтарский центр поддержки сельских домохозяйств', 'TJ'), -- Bokhtar
    (24, 'TJ-06', 'PARTNER', 'Dushanbe Centre for Migration and Remittance Studies', 'Душанбинский центр исследований миграции и денежных переводов', 'TJ'), -- Dushanbe, research partner
    (25, 'TJ-07', 'PARTNER', 'Istaravshan Pre-Departure Orientation Centre', 'Истаравшанский центр предвыездной подготовки мигрантов', 'TJ'), -- Istaravshan
    -- Partners in Kazakhstan (3)
    (26, 'KZ-01', 'PARTNER', 'Almaty Legal Aid Centre for Labour Migrants', 'Алматинский центр правовой помощи трудовым мигрантам', 'KZ'), -- Almaty
    (27, 'KZ-02', 'PARTNER', 'Shymkent Migrant Workers'' Support Network', 'Шымкентская сеть поддержки трудовых мигрантов', 'KZ'), -- Shymkent
    (28, 'KZ-03', 'PARTNER', 'Astana Bureau for Human Rights and Migration', 'Астанинское бюро по правам человека и миграции', 'KZ'), -- Astana
    -- Partners in Russia (3)
    (29, 'RU-01', 'PARTNER', 'Moscow Centre for Legal Aid to Migrants', 'Московский центр юридической помощи мигрантам', 'RU'), -- Moscow
    (30, 'RU-02', 'PARTNER', 'Saint Petersburg Counselling Service for Migrant Workers', 'Петербургская консультационная служба для трудовых мигрантов', 'RU'), -- Saint Petersburg
    (31, 'RU-03', 'PARTNER', 'Ural Central Asian Diaspora Association', 'Уральская ассоциация центральноазиатской диаспоры', 'RU'); -- Yekaterinburg

-- -----------------------------------------------------------------------------
-- Programme
-- -----------------------------------------------------------------------------
INSERT INTO programme (id, code, name_en, name_ru, description_en, description_ru, start_date, end_date) VALUES
    (1, 'CAOTM', 'Central Asia on the Move', 'Центральная Азия в движении',
     'A regional migration programme run jointly by two ACT Alliance members with 25 local partner organisations in Kyrgyzstan, Tajikistan, Kazakhstan and Russia. Its aims are to increase access to basic services for migrants and marginalised rural populations, and to address more effectively the many factors that prevent large population groups from exercising their social and political rights. It champions the rights of internal migrants in Kyrgyzstan and Tajikistan, of the hundreds of thousands of men and women who leave every year to earn a living in Kazakhstan or Russia, and of the families they leave behind in rural communities. The programme grew from work begun in 2006, when 15 Kyrgyzstani organisations came together to secure access to basic services for about 2 million residents and internal unregistered migrants.',
     'Региональная программа по вопросам миграции, которую совместно реализуют две организации — члены Альянса ACT — вместе с 25 местными партнёрскими организациями в Кыргызстане, Таджикистане, Казахстане и России. Цели программы — расширить доступ мигрантов и маргинализированного сельского населения к базовым услугам и эффективнее устранять многочисленные факторы, которые мешают большим группам населения осуществлять свои социальные и политические права. Программа защищает права внутренних мигрантов в Кыргызстане и Таджикистане, сотен тысяч мужчин и женщин, ежегодно уезжающих на заработки в Казахстан или Россию, а также их семей, оставшихся в сельских общинах. Программа выросла из работы, начатой в 2006 году, когда 15 кыргызстанских организаций объединились, чтобы обеспечить доступ к базовым услугам примерно для 2 миллионов жителей и незарегистрированных внутренних мигрантов.',
     '2025-01-01', '2027-12-31');

-- -----------------------------------------------------------------------------
-- Programme participants: every organisation above takes part in CAOTM
-- -----------------------------------------------------------------------------
INSERT INTO programme_participant (programme_id, organisation_id) VALUES
    (1, 1), -- LA-1
    (1, 2), -- LA-2
    (1, 3), -- DN-01
    (1, 4), -- DN-02
    (1, 5), -- DN-03
    (1, 6), -- DN-04
    (1, 7), -- KG-01
    (1, 8), -- KG-02
    (1, 9), -- KG-03
    (1, 10), -- KG-04
    (1, 11), -- KG-05
    (1, 12), -- KG-06
    (1, 13), -- KG-07
    (1, 14), -- KG-08
    (1, 15), -- KG-09
    (1, 16), -- KG-10
    (1, 17), -- KG-11
    (1, 18), -- KG-12
    (1, 19), -- TJ-01
    (1, 20), -- TJ-02
    (1, 21), -- TJ-03
    (1, 22), -- TJ-04
    (1, 23), -- TJ-05
    (1, 24), -- TJ-06
    (1, 25), -- TJ-07
    (1, 26), -- KZ-01
    (1, 27), -- KZ-02
    (1, 28), -- KZ-03
    (1, 29), -- RU-01
    (1, 30), -- RU-02
    (1, 31); -- RU-03

-- -----------------------------------------------------------------------------
-- Logframe levels
-- -----------------------------------------------------------------------------
INSERT INTO logframe_level (id, programme_id, depth, name_en, name_ru) VALUES
    (1, 1, 1, 'Goal', 'Цель'),
    (2, 1, 2, 'Outcome', 'Итоговый результат'),
    (3, 1, 3, 'Output', 'Промежуточный результат'),
    (4, 1, 4, 'Activity', 'Мероприятие');

-- -----------------------------------------------------------------------------
-- Results (logframe), inserted level by level so that parents come first.
-- Codes: goal G, outcomes 1 to 4, outputs 1.1 etc., activities 1.1.1 etc.
-- -----------------------------------------------------------------------------
-- Goal (depth 1)
INSERT INTO result (id, programme_id, parent_id, depth, code, position, statement_en, statement_ru, assumptions_en, assumptions_ru) VALUES
    (1, 1, NULL, 1, 'G', 1,
     'Migrants, their families and marginalised rural populations in Kyrgyzstan, Tajikistan, Kazakhstan and Russia have access to basic services and exercise their social and political rights.',
     'Мигранты, члены их семей и маргинализированное сельское население в Кыргызстане, Таджикистане, Казахстане и России имеют доступ к базовым услугам и осуществляют свои социальные и политические права.',
     'The political situation in the four countries stays stable enough for civil society to work with state bodies (the April 2010 events in Kyrgyzstan halted earlier reform work). Governments of sending and receiving countries remain open to dialogue on migration. A sharp fall of the rouble or the tenge does not force a mass return of migrants to remittance-dependent communities.',
     'Политическая ситуация в четырёх странах остаётся достаточно стабильной, чтобы гражданское общество могло работать с государственными органами (события апреля 2010 года в Кыргызстане остановили прежнюю работу по реформе). Правительства стран происхождения и назначения остаются открытыми к диалогу по вопросам миграции. Резкое падение курса рубля или тенге не вынуждает мигрантов массово возвращаться в общины, зависящие от денежных переводов.');

-- Outcomes (depth 2)
INSERT INTO result (id, programme_id, parent_id, depth, code, position, statement_en, statement_ru, assumptions_en, assumptions_ru) VALUES
    (2, 1, 1, 2, '1', 1,
     'Internal migrants in Kyrgyzstan and Tajikistan obtain residence registration and access social benefits: medical care, housing support and schooling for their children.',
     'Внутренние мигранты в Кыргызстане и Таджикистане получают регистрацию по месту жительства и доступ к социальным благам: медицинской помощи, жилищной поддержке и школьному образованию для детей.',
     'Restructuring of the state bodies in charge of migration (like the earlier conversion of the Ministry of Labour, Migration and Employment into the Ministry of Youth, Labour and Employment, with new appointments and priorities) does not again interrupt dialogue on registration reform. The Jogorku Kenesh sets up a committee or working group on migration to replace the dissolved Committee on Migration. Local authorities in the new settlements around Bishkek cooperate with partners.',
     'Реструктуризация государственных органов, отвечающих за миграцию (как прежнее преобразование Министерства труда, миграции и занятости в Министерство молодёжи, труда и занятости со сменой руководства и приоритетов), вновь не прерывает диалог о реформе регистрации. Жогорку Кенеш создаёт комитет или рабочую группу по вопросам миграции взамен упразднённого Комитета по миграции. Органы местного самоуправления в новостройках вокруг Бишкека сотрудничают с партнёрами.'),
    (3, 1, 1, 2, '2', 2,
     'Labour migrants from Kyrgyzstan and Tajikistan working in Russia and Kazakhstan are better protected against exploitation and discrimination and gain access to pensions and social protection.',
     'Трудовые мигранты из Кыргызстана и Таджикистана, работающие в России и Казахстане, лучше защищены от эксплуатации и дискриминации и получают доступ к пенсионному обеспечению и социальной защите.',
     'Partner organisations in Russia and Kazakhstan can keep operating legally despite tightening rules on non-governmental organisations and foreign funding. Entry and work-permit rules for migrants do not change so abruptly that legal advice becomes outdated. Diaspora associations and trade unions are willing to work with the programme.',
     'Партнёрские организации в России и Казахстане могут продолжать законно работать, несмотря на ужесточение правил для некоммерческих организаций и иностранного финансирования. Правила въезда и выдачи разрешений на работу не меняются настолько резко, чтобы юридические консультации теряли актуальность. Диаспорные объединения и профсоюзы готовы сотрудничать с программой.'),
    (4, 1, 1, 2, '3', 3,
     'Families of migrants left behind in rural communities of Kyrgyzstan and Tajikistan are less indebted, control their assets, are informed about their relatives and have more secure livelihoods.',
     'Семьи мигрантов, оставшиеся в сельских общинах Кыргызстана и Таджикистана, меньше обременены долгами, распоряжаются своим имуществом, получают сведения о родственниках и имеют более надёжные источники дохода.',
     'Remittances stay at a level that lets families repay their debts. Local authorities (ayil okmotu in Kyrgyzstan, jamoat in Tajikistan) recognise the right of spouses and relatives to manage family assets registered in the migrant''s name. Partners in receiving countries can reach migrants whose families have lost contact with them.',
     'Объём денежных переводов остаётся на уровне, позволяющем семьям погашать долги. Органы местного самоуправления (айыл окмоту в Кыргызстане, джамоаты в Таджикистане) признают право супругов и родственников распоряжаться семейным имуществом, оформленным на мигранта. Партнёры в странах назначения могут найти мигрантов, с которыми семьи потеряли связь.'),
    (5, 1, 1, 2, '4', 4,
     'Policy makers and researchers use better data on migrant flows and remittances in Kyrgyzstan and Tajikistan.',
     'Лица, принимающие решения, и исследователи используют более качественные данные о миграционных потоках и денежных переводах в Кыргызстане и Таджикистане.',
     'Statistical agencies and national banks share their data on migration and remittances, which is widely seen as flawed. Migrant households are willing to take part in surveys. Research partners keep their independence.',
     'Органы статистики и национальные банки предоставляют свои данные о миграции и денежных переводах, качество которых широко ставится под сомнение. Домохозяйства мигрантов готовы участвовать в опросах. Исследовательские партнёры сохраняют независимость.');

-- Outputs (depth 3)
INSERT INTO result (id, programme_id, parent_id, depth, code, position, statement_en, statement_ru) VALUES
    (6, 1, 2, 3, '1.1', 1,
     'Internal migrants in the new settlements around Bishkek, Osh and other cities receive free legal aid to recover personal documents and obtain residence registration.',
     'Внутренние мигранты в новостройках вокруг Бишкека, Оша и других городов получают бесплатную юридическую помощь в восстановлении личных документов и получении регистрации по месту жительства.'),
    (7, 1, 2, 3, '1.2', 2,
     'Unregistered migrant families are referred and accompanied to health, housing-support and education services.',
     'Незарегистрированные семьи мигрантов получают направления и сопровождение в учреждения здравоохранения, жилищной поддержки и образования.'),
    (8, 1, 2, 3, '1.3', 3,
     'Human-rights-based proposals for reform of residence registration are researched, developed and advocated with government and parliament.',
     'Предложения по реформе регистрации по месту жительства, основанные на правах человека, разрабатываются по итогам исследований и продвигаются в правительстве и парламенте.'),
    (9, 1, 3, 3, '2.1', 1,
     'Labour migrants in Russia and Kazakhstan receive free legal consultations and representation in labour, residence and wage disputes.',
     'Трудовые мигранты в России и Казахстане получают бесплатные юридические консультации и представительство в трудовых спорах, спорах о пребывании и о невыплате заработной платы.'),
    (10, 1, 3, 3, '2.2', 2,
     'Prospective migrants know their rights and legal obligations, how to migrate safely and how to avoid dishonest middle-men and trafficking.',
     'Потенциальные мигранты знают свои права и юридические обязанности, умеют безопасно выезжать на работу и избегать недобросовестных посредников и торговли людьми.'),
    (11, 1, 3, 3, '2.3', 3,
     'Proposals on pension access and bilateral social protection agreements are developed and advocated with governments, the diaspora and trade unions.',
     'Предложения о доступе к пенсионному обеспечению и о двусторонних соглашениях о социальной защите разрабатываются и продвигаются в диалоге с правительствами, диаспорой и профсоюзами.'),
    (12, 1, 4, 3, '3.1', 1,
     'Families left behind receive advice on debt and on managing and capitalising family assets registered in the migrant''s name.',
     'Оставшиеся семьи получают консультации по долговым вопросам, а также по управлению и распоряжению семейным имуществом, оформленным на мигранта.'),
    (13, 1, 4, 3, '3.2', 2,
     'Families receive information about the whereabouts and safety of their migrating relatives.',
     'Семьи получают сведения о местонахождении и безопасности родственников-мигрантов.'),
    (14, 1, 4, 3, '3.3', 3,
     'Households of migrants and marginalised rural people start or strengthen sources of income.',
     'Домохозяйства мигрантов и маргинализированных сельских жителей создают или укрепляют источники дохода.'),
    (15, 1, 5, 3, '4.1', 1,
     'A household survey on circular migration and remittances in Kyrgyzstan and Tajikistan is carried out and its data published.',
     'Проведено обследование домохозяйств о циркулярной миграции и денежных переводах в Кыргызстане и Таджикистане, его данные опубликованы.'),
    (16, 1, 5, 3, '4.2', 2,
     'Research findings are presented to policy makers, donors and the international research community.',
     'Результаты исследований представлены лицам, принимающим решения, донорам и международному научному сообществу.');

-- Activities (depth 4)
INSERT INTO result (id, programme_id, parent_id, depth, code, position, statement_en, statement_ru) VALUES
    (17, 1, 6, 4, '1.1.1', 1,
     'Run mobile legal-aid desks in the new settlements around Bishkek and Osh.',
     'Организовать работу выездных пунктов юридической помощи в новостройках вокруг Бишкека и Оша.'),
    (18, 1, 6, 4, '1.1.2', 2,
     'Help migrants obtain the passports, birth certificates and property documents required for registration.',
     'Помогать мигрантам получать паспорта, свидетельства о рождении и документы на жильё, необходимые для регистрации.'),
    (19, 1, 7, 4, '1.2.1', 1,
     'Accompany unregistered migrants to primary health-care centres and social protection offices.',
     'Сопровождать незарегистрированных мигрантов в центры первичной медико-санитарной помощи и органы социальной защиты.'),
    (20, 1, 7, 4, '1.2.2', 2,
     'Negotiate with school administrations and district education departments to enrol migrant children.',
     'Вести переговоры с администрациями школ и районными управлениями образования о зачислении детей мигрантов.'),
    (21, 1, 8, 4, '1.3.1', 1,
     'Analyse legislative restrictions and document the problems migrants in the new settlements face in accessing social benefits.',
     'Проанализировать законодательные ограничения и задокументировать проблемы, с которыми мигранты в новостройках сталкиваются при получении социальных благ.'),
    (22, 1, 8, 4, '1.3.2', 2,
     'Pilot a simplified registration procedure with local authorities in settlements outside Bishkek.',
     'Апробировать упрощённую процедуру регистрации совместно с органами местного самоуправления в жилмассивах за пределами Бишкека.'),
    (23, 1, 8, 4, '1.3.3', 3,
     'Hold round tables with members of parliament, the ministry responsible for migration and municipal authorities.',
     'Провести круглые столы с депутатами парламента, министерством, отвечающим за миграцию, и органами городского управления.'),
    (24, 1, 9, 4, '2.1.1', 1,
     'Operate legal-aid hotlines and walk-in consultations in Moscow, Saint Petersburg, Yekaterinburg, Almaty, Shymkent and Astana.',
     'Обеспечить работу горячих линий и приёмных юридической помощи в Москве, Санкт-Петербурге, Екатеринбурге, Алматы, Шымкенте и Астане.'),
    (25, 1, 9, 4, '2.1.2', 2,
     'Represent migrants in court and before labour inspectorates in cases of unpaid wages, confiscated documents and unlawful detention.',
     'Представлять интересы мигрантов в суде и в трудовой инспекции по делам о невыплате заработной платы, изъятии документов и незаконном задержании.'),
    (26, 1, 10, 4, '2.2.1', 1,
     'Hold pre-departure orientation sessions in districts of origin in the Sughd, Khatlon, Batken and Osh regions.',
     'Проводить занятия по предвыездной подготовке в районах выезда мигрантов в Согдийской, Хатлонской, Баткенской и Ошской областях.'),
    (27, 1, 10, 4, '2.2.2', 2,
     'Publish and distribute a migrant''s handbook in Russian, Kyrgyz and Tajik.',
     'Издать и распространить памятку мигранта на русском, кыргызском и таджикском языках.'),
    (28, 1, 11, 4, '2.3.1', 1,
     'Review the access of labour migrants from Kyrgyzstan and Tajikistan to the Russian and Kazakh pension systems and draft recommendations for unilateral, bilateral and multilateral legislation.',
     'Проанализировать доступ трудовых мигрантов из Кыргызстана и Таджикистана к пенсионным системам России и Казахстана и подготовить рекомендации для одностороннего, двустороннего и многостороннего законодательства.'),
    (29, 1, 11, 4, '2.3.2', 2,
     'Convene dialogue meetings between diaspora associations, human rights and labour groups and government agencies of sending and receiving countries.',
     'Организовать диалоговые встречи диаспорных объединений, правозащитных и профсоюзных организаций и государственных органов стран происхождения и назначения.'),
    (30, 1, 12, 4, '3.1.1', 1,
     'Run debt and legal counselling days in rural municipalities of origin.',
     'Проводить дни консультаций по долговым и правовым вопросам в сельских муниципалитетах.'),
    (31, 1, 12, 4, '3.1.2', 2,
     'Help families obtain powers of attorney and re-register land, housing and livestock.',
     'Помогать семьям оформлять доверенности и переоформлять землю, жильё и скот.'),
    (32, 1, 13, 4, '3.2.1', 1,
     'Operate a family tracing and information service with partner organisations in Russia and Kazakhstan.',
     'Обеспечить работу службы розыска и информирования семей совместно с партнёрскими организациями в России и Казахстане.'),
    (33, 1, 14, 4, '3.3.1', 1,
     'Provide training and small grants for income-generating activities, with priority for women heading migrant households.',
     'Предоставлять обучение и малые гранты на приносящую доход деятельность, в первую очередь женщинам, возглавляющим домохозяйства мигрантов.'),
    (34, 1, 14, 4, '3.3.2', 2,
     'Set up village self-help and savings groups.',
     'Создавать сельские группы самопомощи и сберегательные группы.'),
    (35, 1, 15, 4, '4.1.1', 1,
     'Design and carry out a survey of migrant households in both countries.',
     'Разработать методику и провести обследование домохозяйств мигрантов в обеих странах.'),
    (36, 1, 15, 4, '4.1.2', 2,
     'Publish the anonymised data set and analysis in English and Russian.',
     'Опубликовать обезличенный набор данных и аналитический отчёт на английском и русском языках.'),
    (37, 1, 16, 4, '4.2.1', 1,
     'Present findings at national policy dialogues in Bishkek and Dushanbe.',
     'Представить результаты на национальных диалогах по вопросам политики в Бишкеке и Душанбе.'),
    (38, 1, 16, 4, '4.2.2', 2,
     'Publish policy briefs on the impact of migration and remittances on development.',
     'Опубликовать аналитические записки о влиянии миграции и денежных переводов на развитие.');

-- -----------------------------------------------------------------------------
-- Indicators on the goal, outcomes and outputs (activities have none).
-- Codes: <result code>.<letter>, position = order on the result.
-- -----------------------------------------------------------------------------
-- Goal G
INSERT INTO indicator (id, result_id, code, position, name_en, name_ru, unit_en, unit_ru, measure_type, time_aggregation, baseline_value, lop_target, verification_en, verification_ru) VALUES
    (1, 1, 'G.a', 1,
     'Number of migrants, family members and marginalised rural residents who gained access to at least one basic service (health care, housing support, schooling, social benefits)',
     'Число мигрантов, членов их семей и маргинализированных сельских жителей, получивших доступ хотя бы к одной базовой услуге (медицинская помощь, жилищная поддержка, школьное образование, социальные пособия)',
     'people', 'человек', 'NUMBER', 'CUMULATIVE', 0, 60000,
     'Partner case records consolidated quarterly; annual sample verification visits by the lead agencies.',
     'Учётные данные партнёров по обращениям, сводимые ежеквартально; ежегодные выборочные проверочные визиты ведущих организаций.'),
    (2, 1, 'G.b', 2,
     'Percentage of surveyed migrants and family members who report being able to exercise their social and political rights (registration, voting, social benefits)',
     'Доля опрошенных мигрантов и членов их семей, сообщающих, что могут осуществлять свои социальные и политические права (регистрация, участие в выборах, социальные пособия)',
     '%', '%', 'PERCENTAGE', 'LATEST', 25, 45,
     'Baseline, mid-term and end-line surveys of programme participants.',
     'Исходное, промежуточное и итоговое обследования участников программы.');

-- Outcome 1: internal migrants
INSERT INTO indicator (id, result_id, code, position, name_en, name_ru, unit_en, unit_ru, measure_type, time_aggregation, baseline_value, lop_target, verification_en, verification_ru) VALUES
    (3, 2, '1.a', 1,
     'Percentage of internal migrants in Bishkek without residence registration',
     'Доля внутренних мигрантов в Бишкеке, не имеющих регистрации по месту жительства',
     '%', '%', 'PERCENTAGE', 'LATEST', 80, 60,
     'Tian Shan Policy Center survey in the new settlements around Bishkek; data of the municipal registration service.',
     'Обследование Центра политики «Тянь-Шань» в новостройках вокруг Бишкека; данные муниципальной службы регистрации.'),
    (4, 2, '1.b', 2,
     'Number of internal migrants who obtained residence registration with programme support',
     'Число внутренних мигрантов, получивших регистрацию по месту жительства при поддержке программы',
     'people', 'человек', 'NUMBER', 'SUM', 0, 15000,
     'Copies of registration certificates (kept with the holder''s consent) in partner case files.',
     'Копии справок о регистрации (с согласия владельца) в делах партнёров.'),
    (5, 2, '1.c', 3,
     'Number of previously unregistered migrants and their children who received medical care, housing support or schooling',
     'Число ранее незарегистрированных мигрантов и их детей, получивших медицинскую помощь, жилищную поддержку или доступ к школьному образованию',
     'people', 'человек', 'NUMBER', 'SUM', 0, 25000,
     'Referral and follow-up forms; confirmations from clinics, social protection offices and schools.',
     'Формы направления и последующего контроля; подтверждения от поликлиник, органов социальной защиты и школ.'),
    (6, 6, '1.1.a', 1,
     'Number of internal migrants receiving free legal consultations on documents and registration',
     'Число внутренних мигрантов, получивших бесплатные юридические консультации по вопросам документов и регистрации',
     'people', 'человек', 'NUMBER', 'SUM', 0, 20000,
     'Consultation logs of the legal-aid desks.',
     'Журналы консультаций пунктов юридической помощи.'),
    (7, 6, '1.1.b', 2,
     'Number of migrants who obtained missing personal documents (passport, birth certificate, property documents)',
     'Число мигрантов, получивших недостающие личные документы (паспорт, свидетельство о рождении, документы на жильё)',
     'people', 'человек', 'NUMBER', 'SUM', 0, 6000,
     'Client case files with copies of the documents issued.',
     'Дела клиентов с копиями выданных документов.'),
    (8, 7, '1.2.a', 1,
     'Number of migrant children enrolled in school with programme support',
     'Число детей мигрантов, зачисленных в школу при поддержке программы',
     'children', 'детей', 'NUMBER', 'SUM', 0, 3500,
     'Enrolment confirmations from schools and district education departments.',
     'Подтверждения о зачислении от школ и районных управлений образования.'),
    (9, 7, '1.2.b', 2,
     'Percentage of referrals to health, housing and social protection services that resulted in the service being provided',
     'Доля направлений в учреждения здравоохранения, жилищной поддержки и социальной защиты, по которым услуга была оказана',
     '%', '%', 'PERCENTAGE', 'LATEST', NULL, 75,
     'Referral register with follow-up calls to clients.',
     'Реестр направлений с последующими звонками клиентам.'),
    (10, 8, '1.3.a', 1,
     'Number of policy proposals on residence registration reform submitted to government or parliament',
     'Число предложений по реформе регистрации по месту жительства, направленных в правительство или парламент',
     'policy proposals', 'предложений', 'NUMBER', 'CUMULATIVE', 0, 4,
     'Submitted proposals and letters of acknowledgement.',
     'Направленные предложения и письма об их получении.'),
    (11, 8, '1.3.b', 2,
     'Draft amendments to the residence registration rules submitted to the Jogorku Kenesh',
     'Проект поправок к правилам регистрации по месту жительства внесён в Жогорку Кенеш',
     'yes/no', 'да/нет', 'YES_NO', 'LATEST', 0, 1,
     'Register of draft laws of the Jogorku Kenesh.',
     'Реестр законопроектов Жогорку Кенеша.');

-- Outcome 2: labour migrants abroad
INSERT INTO indicator (id, result_id, code, position, name_en, name_ru, unit_en, unit_ru, measure_type, time_aggregation, baseline_value, lop_target, verification_en, verification_ru) VALUES
    (12, 3, '2.a', 1,
     'Number of labour migrants whose rights were restored after legal aid (wages paid, documents returned, release from unlawful detention)',
     'Число трудовых мигрантов, чьи права были восстановлены после получения юридической помощи (выплата заработной платы, возврат документов, освобождение из-под незаконного задержания)',
     'people', 'человек', 'NUMBER', 'SUM', 0, 3000,
     'Court decisions, settlement agreements and case closure forms.',
     'Решения судов, мировые соглашения и формы закрытия дел.'),
    (13, 3, '2.b', 2,
     'Progress towards agreements on the pension rights of labour migrants between sending and receiving countries (0 none, 1 on the agenda, 2 draft text, 3 negotiated, 4 signed)',
     'Продвижение к соглашениям о пенсионных правах трудовых мигрантов между странами происхождения и назначения (0 — нет, 1 — в повестке, 2 — проект текста, 3 — согласовано, 4 — подписано)',
     'score (0–4)', 'балл (0–4)', 'QUALITATIVE', 'LATEST', 1, 3,
     'Annual policy review by the Tian Shan Policy Center; official government communications.',
     'Ежегодный обзор политики Центра политики «Тянь-Шань»; официальные сообщения правительств.'),
    (14, 9, '2.1.a', 1,
     'Number of migrants receiving free legal consultations in Russia and Kazakhstan',
     'Число мигрантов, получивших бесплатные юридические консультации в России и Казахстане',
     'people', 'человек', 'NUMBER', 'SUM', 0, 12000,
     'Hotline and consultation logs.',
     'Журналы горячей линии и консультаций.'),
    (15, 9, '2.1.b', 2,
     'Number of legal cases in which migrants were represented in court or before labour inspectorates',
     'Число дел, в которых интересы мигрантов представлялись в суде или в трудовой инспекции',
     'legal cases', 'дел', 'NUMBER', 'SUM', 0, 900,
     'Case register; powers of attorney; court filings.',
     'Реестр дел; доверенности; процессуальные документы.'),
    (16, 9, '2.1.c', 3,
     'Percentage of represented cases resolved in the migrant''s favour',
     'Доля дел с представительством, разрешённых в пользу мигранта',
     '%', '%', 'PERCENTAGE', 'LATEST', 40, 60,
     'Case register with outcomes; court decisions.',
     'Реестр дел с результатами; решения судов.'),
    (17, 10, '2.2.a', 1,
     'Number of prospective migrants who completed pre-departure orientation',
     'Число потенциальных мигрантов, прошедших предвыездную подготовку',
     'people', 'человек', 'NUMBER', 'SUM', 0, 8000,
     'Attendance sheets; knowledge tests before and after the sessions.',
     'Листы посещаемости; тесты знаний до и после занятий.'),
    (18, 11, '2.3.a', 1,
     'Number of policy proposals on pension access and social protection of labour migrants presented to governments',
     'Число предложений о доступе трудовых мигрантов к пенсионному обеспечению и социальной защите, представленных правительствам',
     'policy proposals', 'предложений', 'NUMBER', 'CUMULATIVE', 0, 5,
     'Policy papers and minutes of meetings with government agencies.',
     'Аналитические документы и протоколы встреч с государственными органами.'),
    (19, 11, '2.3.b', 2,
     'Number of dialogue meetings between diaspora associations, labour groups and government agencies',
     'Число диалоговых встреч диаспорных объединений, профсоюзных организаций и государственных органов',
     'meetings', 'встреч', 'NUMBER', 'SUM', 0, 12,
     'Agendas, participant lists and minutes.',
     'Повестки, списки участников и протоколы.');

-- Outcome 3: families left behind
INSERT INTO indicator (id, result_id, code, position, name_en, name_ru, unit_en, unit_ru, measure_type, time_aggregation, baseline_value, lop_target, verification_en, verification_ru) VALUES
    (20, 4, '3.a', 1,
     'Percentage of supported families left behind who report a lower debt burden than when they joined the programme',
     'Доля поддержанных семей мигрантов, сообщающих о снижении долговой нагрузки по сравнению с моментом включения в программу',
     '%', '%', 'PERCENTAGE', 'LATEST', NULL, 50,
     'Follow-up survey of supported households.',
     'Повторный опрос поддержанных домохозяйств.'),
    (21, 4, '3.b', 2,
     'Number of families left behind with a new or increased source of income',
     'Число оставшихся семей мигрантов, у которых появился новый источник дохода или вырос существующий',
     'households', 'домохозяйств', 'NUMBER', 'CUMULATIVE', 0, 1500,
     'Livelihood monitoring forms completed six months after support.',
     'Формы мониторинга доходов, заполняемые через шесть месяцев после получения поддержки.'),
    (22, 12, '3.1.a', 1,
     'Number of family members counselled on debt, assets and inheritance',
     'Число членов семей, получивших консультации по вопросам долгов, имущества и наследства',
     'people', 'человек', 'NUMBER', 'SUM', 0, 5000,
     'Counselling logs.',
     'Журналы консультаций.'),
    (23, 12, '3.1.b', 2,
     'Number of families who regained control of assets registered in the migrant''s name',
     'Число семей, получивших возможность распоряжаться имуществом, оформленным на мигранта',
     'households', 'домохозяйств', 'NUMBER', 'SUM', 0, 800,
     'Copies of powers of attorney and re-registration documents.',
     'Копии доверенностей и документов о переоформлении.'),
    (24, 13, '3.2.a', 1,
     'Number of family tracing requests resolved (whereabouts of the relative established)',
     'Число выполненных запросов о розыске родственников (местонахождение установлено)',
     'requests', 'запросов', 'NUMBER', 'SUM', 0, 1200,
     'Register of the tracing service.',
     'Реестр службы розыска.'),
    (25, 14, '3.3.a', 1,
     'Number of active village self-help and savings groups',
     'Число действующих сельских групп самопомощи и сберегательных групп',
     'groups', 'групп', 'NUMBER', 'LATEST', 0, 120,
     'Group registers and quarterly monitoring visits.',
     'Реестры групп и ежеквартальные мониторинговые визиты.'),
    (26, 14, '3.3.b', 2,
     'Number of households receiving small grants for income-generating activities',
     'Число домохозяйств, получивших малые гранты на приносящую доход деятельность',
     'households', 'домохозяйств', 'NUMBER', 'SUM', 0, 900,
     'Grant agreements and signed receipts.',
     'Грантовые соглашения и расписки в получении средств.');

-- Outcome 4: data on migration and remittances
INSERT INTO indicator (id, result_id, code, position, name_en, name_ru, unit_en, unit_ru, measure_type, time_aggregation, baseline_value, lop_target, verification_en, verification_ru) VALUES
    (27, 5, '4.a', 1,
     'Number of government policy documents and international reports citing programme data on migration and remittances',
     'Число государственных программных документов и международных докладов, ссылающихся на данные программы о миграции и денежных переводах',
     'documents', 'документов', 'NUMBER', 'CUMULATIVE', 0, 10,
     'Citation tracking by the research partners.',
     'Отслеживание ссылок исследовательскими партнёрами.'),
    (28, 5, '4.b', 2,
     'Use of programme research by policy makers in Kyrgyzstan and Tajikistan (narrative assessment)',
     'Использование исследований программы лицами, принимающими решения, в Кыргызстане и Таджикистане (описательная оценка)',
     NULL, NULL, 'QUALITATIVE', 'LATEST', NULL, NULL,
     'Annual interviews with officials; outcome harvesting.',
     'Ежегодные интервью с должностными лицами; сбор и анализ достигнутых изменений (outcome harvesting).'),
    (29, 15, '4.1.a', 1,
     'Household survey on circular migration and remittances published in English and Russian',
     'Обследование домохозяйств о циркулярной миграции и денежных переводах опубликовано на английском и русском языках',
     'yes/no', 'да/нет', 'YES_NO', 'LATEST', 0, 1,
     'Published report and data set.',
     'Опубликованный отчёт и набор данных.'),
    (30, 15, '4.1.b', 2,
     'Number of migrant households surveyed in Kyrgyzstan and Tajikistan',
     'Число обследованных домохозяйств мигрантов в Кыргызстане и Таджикистане',
     'households', 'домохозяйств', 'NUMBER', 'CUMULATIVE', 0, 3000,
     'Field reports and the cleaned survey data set.',
     'Отчёты о полевых работах и очищенный набор данных обследования.'),
    (31, 16, '4.2.a', 1,
     'Number of policy briefs and presentations delivered to policy makers and researchers',
     'Число аналитических записок и презентаций, подготовленных для лиц, принимающих решения, и исследователей',
     'briefs and presentations', 'материалов', 'NUMBER', 'SUM', 0, 12,
     'Copies of the briefs; event agendas and participant lists.',
     'Экземпляры записок; программы мероприятий и списки участников.');

-- End of demo data.
