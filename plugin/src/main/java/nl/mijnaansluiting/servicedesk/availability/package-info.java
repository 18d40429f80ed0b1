/**
 * Availability per calendar month (seed 001, SNO MijnOverheid): the outages the "niet beschikbaar" incidents on
 * Productie record, merged per product, minus the maintenance windows, against the monthly norm.
 */
package nl.mijnaansluiting.servicedesk.availability;
