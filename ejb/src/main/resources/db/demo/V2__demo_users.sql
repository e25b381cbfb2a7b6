-- camove DEMO DATA ONLY: one user for each role, all with the password  camove-demo
-- (bcrypt, cost 10, modular crypt form as the Elytron JDBC realm reads it). README.md lists them.
-- Never apply this to a production database: production has no default password.

INSERT INTO app_user (id, username, password_hash, full_name, email, organisation_id, locale) VALUES
    (1, 'admin',      '$2a$10$Cik12DOS0A9h9fmX9VhXBucvBMQIhzPCGAlvxcMQoPzdh2mD5o8HS', 'Nurlan Asanov',       'admin@camove.example',      1,  'en'),
    (2, 'manager',    '$2a$10$Cik12DOS0A9h9fmX9VhXBucvBMQIhzPCGAlvxcMQoPzdh2mD5o8HS', 'Gulnara Toktosunova', 'manager@camove.example',    1,  'en'),
    (3, 'finance',    '$2a$10$Cik12DOS0A9h9fmX9VhXBucvBMQIhzPCGAlvxcMQoPzdh2mD5o8HS', 'Erik Lindqvist',      'finance@camove.example',    1,  'en'),
    (4, 'partner.kg', '$2a$10$Cik12DOS0A9h9fmX9VhXBucvBMQIhzPCGAlvxcMQoPzdh2mD5o8HS', 'Aibek Sydykov',       'partner.kg@camove.example', 8,  'ru'),
    (5, 'partner.tj', '$2a$10$Cik12DOS0A9h9fmX9VhXBucvBMQIhzPCGAlvxcMQoPzdh2mD5o8HS', 'Farrukh Rahimov',     'partner.tj@camove.example', 19, 'ru'),
    (6, 'donor',      '$2a$10$Cik12DOS0A9h9fmX9VhXBucvBMQIhzPCGAlvxcMQoPzdh2mD5o8HS', 'Sarah Miller',        'donor@camove.example',      3,  'en');

INSERT INTO user_role (user_id, role) VALUES
    (1, 'ADMIN'),
    (2, 'PROGRAMME_MANAGER'),
    (3, 'FINANCE_REVIEWER'),
    (4, 'PARTNER_OFFICER'),
    (5, 'PARTNER_OFFICER'),
    (6, 'DONOR');
