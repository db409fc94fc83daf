<%@ WebService Language="C#" Class="CrmwireInterop.addedit" %>
