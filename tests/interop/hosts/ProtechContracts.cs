// Protech UX API contracts as a Web API host would declare them: plain classes,
// so DataContractSerializer names them by their CLR namespace and writes and
// reads members alphabetically; Json.NET writes enums as numbers.
// Shapes: shared/seeds/004_f2084f800660fb0b.txt (help page samples).
using System;
using System.Collections.Generic;

namespace Protech.UX.API.CRMEntity
{
    public enum AttributeType { text = 0 }

    public class Attribute
    {
        public AttributeType Type { get; set; }
        public string Key { get; set; }
        public string Value { get; set; }
        public string FormattedValue { get; set; }
    }
}

namespace Protech.UX.API.Contact
{
    using Protech.UX.API.CRMEntity;

    public enum ParentCustomerType { account = 1 }

    public class ParentCustomer
    {
        public ParentCustomerType Type { get; set; }
        public Guid Id { get; set; }
        public string Number { get; set; }
        public string Name { get; set; }
    }

    public class Custom
    {
        public List<Protech.UX.API.CRMEntity.Attribute> Attribute { get; set; }
    }

    public class Contact
    {
        public Guid Id { get; set; }
        public string Number { get; set; }
        public string Prefix { get; set; }
        public string FirstName { get; set; }
        public string MiddleInitial { get; set; }
        public string LastName { get; set; }
        public string Suffix { get; set; }
        public string JobTitle { get; set; }
        public string NickName { get; set; }
        public string Gender { get; set; }
        public string CustomerType { get; set; }
        public DateTime BirthDate { get; set; }
        public int Age { get; set; }
        public bool Member { get; set; }
        public string Designation { get; set; }
        public string Image { get; set; }
        public bool IncludeInDirectory { get; set; }
        public bool EmailCommunication { get; set; }
        public string Facebook { get; set; }
        public string Twitter { get; set; }
        public string LinkedIn { get; set; }
        public string WebSite { get; set; }
        public DateTime PaidThroughDate { get; set; }
        public DateTime OriginalJoinDate { get; set; }
        public string LabelName { get; set; }
        public string Primary_AddressName { get; set; }
        public string Primary_Address1 { get; set; }
        public string Primary_Address2 { get; set; }
        public string Primary_Address3 { get; set; }
        public string Primary_City { get; set; }
        public string Primary_State { get; set; }
        public string Primary_PostalCode { get; set; }
        public string Primary_Country { get; set; }
        public string Secondary_AddressName { get; set; }
        public string Secondary_Address1 { get; set; }
        public string Secondary_Address2 { get; set; }
        public string Secondary_Address3 { get; set; }
        public string Secondary_City { get; set; }
        public string Secondary_State { get; set; }
        public string Secondary_PostalCode { get; set; }
        public string Secondary_Country { get; set; }
        public string BusinessPhone { get; set; }
        public string HomePhone { get; set; }
        public string MobilePhone { get; set; }
        public string Fax { get; set; }
        public string PriceLevel { get; set; }
        public string Email { get; set; }
        public ParentCustomer ParentCustomer { get; set; }
        public Custom Custom { get; set; }
    }

    public class ContactRequest
    {
        public Contact Contact { get; set; }
    }
}

namespace Protech.UX.API.Response
{
    public enum Status { Success = 0 }

    public class APIResponse
    {
        public Status Status { get; set; }
        public Guid Id { get; set; }
        public string Description { get; set; }
    }
}
