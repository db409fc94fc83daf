// The .NET serializers on crmwire's contracts, one call per process so that the
// TZ environment variable sets the "host's" time zone:
//   mono Serializers.exe write <contract> <dcs|dcjs|jsonnet>   the sample object, serialized
//   mono Serializers.exe read  <contract> <dcs|dcjs|jsonnet>   stdin deserialized; prints what was
//                                                              bound, as Json.NET JSON (dates keep
//                                                              their Kind: Z, an offset, or none)
// Contracts: protech-request, protech-response, canvara-response, canvara-edges, canvara-error.
using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.Serialization;
using System.Runtime.Serialization.Json;
using System.Text;
using Newtonsoft.Json;
using Eros.Subtle.Canvara.WebAPIModel.ServiceModel;
using Protech.UX.API.Contact;
using Protech.UX.API.Response;
using Attr = Protech.UX.API.CRMEntity.Attribute;

public static class Serializers
{
    static Type ContractType(string name)
    {
        switch (name)
        {
            case "protech-request": return typeof(ContactRequest);
            case "protech-response": return typeof(APIResponse);
            case "canvara-response":
            case "canvara-edges":
            case "canvara-error": return typeof(ContactConnectedLinksResponse);
        }
        throw new ArgumentException("unknown contract " + name);
    }

    static object Sample(string name)
    {
        var utc = new DateTime(2025, 10, 25, 22, 54, 26, DateTimeKind.Utc).AddTicks(5240153);
        var local = new DateTime(2024, 2, 29, 8, 30, 0, DateTimeKind.Local);
        var unspecified = new DateTime(2019, 12, 31, 23, 59, 59, DateTimeKind.Unspecified);
        switch (name)
        {
            case "protech-request":
                return new ContactRequest { Contact = new Contact {
                    Id = new Guid("f1bfcc58-041f-4308-bcb2-2675d4e11cd5"), FirstName = "Jane",
                    LastName = "Doe", Email = "jane@example.com", Member = true, Age = 41,
                    BirthDate = utc, PaidThroughDate = local, OriginalJoinDate = unspecified,
                    JobTitle = "", ParentCustomer = new ParentCustomer {
                        Type = ParentCustomerType.account,
                        Id = new Guid("d0802f30-47b4-40bc-b347-279a26881b1b"), Name = "Acme" },
                    Custom = new Custom { Attribute = new List<Attr> {
                        new Attr { Key = "shirt", Value = "L", FormattedValue = "Large" } } } } };
            case "protech-response":
                return new APIResponse { Status = Status.Success,
                    Id = new Guid("6b1c8a52-2f0e-4c8e-9b1d-1f2e3d4c5b6a"), Description = "Contact created" };
            case "canvara-response":
                return new ContactConnectedLinksResponse {
                    Roles = new List<UserRoleModel> { new UserRoleModel {
                        ContactRoleId = new Guid("3f2b8c1e-5d4a-4e6b-9c7d-1a2b3c4d5e6f"),
                        RoleName = "Coach", StartDate = local, EndDate = null },
                        new UserRoleModel { RoleName = "Player", StartDate = unspecified,
                        EndDate = utc } },
                    ContactConnections = new List<UserContactConnectionModel>(),
                    EmailAddressBook = new List<ContactEmailAddress> { new ContactEmailAddress {
                        ContactName = "Jane Doe", EmailAddress = "jane@example.com", ContactPhotoURL = "" } } };
            case "canvara-edges":
                // The ends of DateTime's range, as .NET code leaves them (Kind Unspecified).
                return new ContactConnectedLinksResponse { Roles = new List<UserRoleModel> {
                    new UserRoleModel { RoleName = "Edges", StartDate = DateTime.MinValue,
                        EndDate = DateTime.MaxValue } } };
            case "canvara-error":
                return new ContactConnectedLinksResponse { ResponseStatus = new ServiceStack.ResponseStatus {
                    ErrorCode = "NotFound", Message = "Contact not found",
                    Errors = new List<ServiceStack.ResponseError> { new ServiceStack.ResponseError {
                        ErrorCode = "NotEmpty", FieldName = "ContactId", Message = "'Contact Id' must not be empty.",
                        Meta = new Dictionary<string, string> { { "PropertyName", "ContactId" } } } } } };
        }
        throw new ArgumentException("unknown contract " + name);
    }

    static JsonSerializerSettings NetSettings()
    {
        return new JsonSerializerSettings { DateTimeZoneHandling = DateTimeZoneHandling.RoundtripKind };
    }

    public static int Main(string[] args)
    {
        string mode = args[0], contract = args[1], serializer = args[2];
        Type type = ContractType(contract);
        var stdout = Console.OpenStandardOutput();
        if (mode == "write")
        {
            object sample = Sample(contract);
            var ms = new MemoryStream();
            switch (serializer)
            {
                case "dcs": new DataContractSerializer(type).WriteObject(ms, sample); break;
                case "dcjs": new DataContractJsonSerializer(type).WriteObject(ms, sample); break;
                case "jsonnet":
                    byte[] text = Encoding.UTF8.GetBytes(JsonConvert.SerializeObject(sample, NetSettings()));
                    ms.Write(text, 0, text.Length);
                    break;
                default: throw new ArgumentException(serializer);
            }
            ms.WriteTo(stdout);
            return 0;
        }
        var input = new MemoryStream();
        Console.OpenStandardInput().CopyTo(input);
        input.Position = 0;
        object bound;
        switch (serializer)
        {
            case "dcs": bound = new DataContractSerializer(type).ReadObject(input); break;
            case "dcjs": bound = new DataContractJsonSerializer(type).ReadObject(input); break;
            case "jsonnet":
                bound = JsonConvert.DeserializeObject(Encoding.UTF8.GetString(input.ToArray()), type, NetSettings());
                break;
            default: throw new ArgumentException(serializer);
        }
        byte[] report = Encoding.UTF8.GetBytes(JsonConvert.SerializeObject(bound, NetSettings()));
        stdout.Write(report, 0, report.Length);
        return 0;
    }
}
