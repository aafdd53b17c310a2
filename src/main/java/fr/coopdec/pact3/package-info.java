/**
 * PACT3, DAECT's programme that labels French local authorities with a specific know-how and pays
 * their exploratory missions in countries where French decentralised cooperation is little developed
 * (few active partnerships in the Atlas): calls with weighted criteria, applications of authorities,
 * jury scoring, label decisions (valid three years), the public list of laureates and the missions'
 * workflow with budget lines, report and payments.
 */
package fr.coopdec.pact3;
