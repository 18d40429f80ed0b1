/*
 * Compile-only declaration. Jira's entity engine (ofbiz-core), org.ofbiz.core.entity.GenericEntityException:
 * the checked exception of CustomFieldManager.createCustomField in the Jira 10.3 javadoc.
 */
package org.ofbiz.core.entity;

public class GenericEntityException extends Exception {
    public GenericEntityException(String message) {
        super(message);
    }
}
