/**
 * Money and exchange rates: {@link org.camove.money.Money} (an amount in a currency, rounded by the currency's
 * own minor units, never a double), the currencies camove accepts, the monthly rate table kept by finance
 * reviewers ({@link org.camove.money.ExchangeRate}, CSV import) and the conversion of expenditure into a grant's
 * currency by its policy ({@link org.camove.money.Conversion}). Conversion is pure logic: every converted amount
 * carries the rates it used, so that whoever stores it keeps them and a later rate edit changes nothing stored.
 */
package org.camove.money;
