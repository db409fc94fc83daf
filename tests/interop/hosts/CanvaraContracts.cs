// Canvara (ServiceStack) contracts as DataContractSerializer sees them: the
// service model's DTOs are plain classes (alphabetical members, CLR-namespace
// names); ServiceStack's ResponseStatus and ResponseError carry explicit
// [DataMember(Order)]s in http://schemas.servicestack.net/types.
// Shapes: shared/seeds/003_a6b939dc8c64a7b0.txt (metadata page).
using System;
using System.Collections.Generic;
using System.Runtime.Serialization;

namespace ServiceStack
{
    [DataContract(Namespace = "http://schemas.servicestack.net/types")]
    public class ResponseError
    {
        [DataMember(Order = 1)] public string ErrorCode { get; set; }
        [DataMember(Order = 2)] public string FieldName { get; set; }
        [DataMember(Order = 3)] public string Message { get; set; }
        [DataMember(Order = 4)] public Dictionary<string, string> Meta { get; set; }
    }

    [DataContract(Namespace = "http://schemas.servicestack.net/types")]
    public class ResponseStatus
    {
        [DataMember(Order = 1)] public string ErrorCode { get; set; }
        [DataMember(Order = 2)] public string Message { get; set; }
        [DataMember(Order = 3)] public string StackTrace { get; set; }
        [DataMember(Order = 4)] public List<ResponseError> Errors { get; set; }
        [DataMember(Order = 5)] public Dictionary<string, string> Meta { get; set; }
    }
}

namespace Eros.Subtle.Canvara.WebAPIModel.ServiceModel
{
    public class UserRoleModel
    {
        public Guid ContactRoleId { get; set; }
        public Guid RoleId { get; set; }
        public string RoleName { get; set; }
        public DateTime StartDate { get; set; }
        public DateTime? EndDate { get; set; }
        public string RolePrimaryImageId { get; set; }
        public string RolePrimaryImageURL { get; set; }
        public string RolePrimaryImageThumbnailURL { get; set; }
    }

    public class UserContactConnectionModel
    {
        public Guid ConnectionId { get; set; }
        public Guid ConnectionRequestId { get; set; }
        public Guid ConnectionStatusId { get; set; }
        public string ConnectionStatusName { get; set; }
        public Guid ContactRoleId { get; set; }
        public Guid ContactListItemRoleId { get; set; }
        public string ContactRoleName { get; set; }
        public string ContactTypeName { get; set; }
        public string ContactRolePrimaryImageId { get; set; }
        public string ContactRolePrimaryImageURL { get; set; }
        public string ContactRolePrimaryImageThumbnailURL { get; set; }
        public bool IsContactLicenseeRole { get; set; }
        public string ConnectionContactId { get; set; }
        public Guid ConnectionContactRoleId { get; set; }
        public Guid ConnectionContactListItemRoleId { get; set; }
        public string ConnectionContactName { get; set; }
        public string ConnectionContactRoleName { get; set; }
        public string ConnectionContactPhotoURL { get; set; }
        public bool IsConnectionLicenseeRole { get; set; }
    }

    public class ContactEmailAddress
    {
        public Guid ContactId { get; set; }
        public string ContactName { get; set; }
        public string EmailAddress { get; set; }
        public string ContactPhotoURL { get; set; }
    }

    public class ContactConnectedLinksResponse
    {
        public List<UserRoleModel> Roles { get; set; }
        public List<UserContactConnectionModel> ContactConnections { get; set; }
        public List<ContactEmailAddress> EmailAddressBook { get; set; }
        public ServiceStack.ResponseStatus ResponseStatus { get; set; }
    }
}
