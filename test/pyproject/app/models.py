# app/models.py
from typing import Optional
from uuid import UUID, uuid4

from sqlmodel import Field, SQLModel


class User(SQLModel, table=True):
    __tablename__ = "users"
    id: UUID = Field(default_factory=uuid4, primary_key=True)
    email: str = Field(index=True)
    username: str = Field(unique=True)


class Workspace(SQLModel, table=True):
    __tablename__ = "workspaces"
    id: UUID = Field(default_factory=uuid4, primary_key=True)
    name: str


class WorkspaceMember(SQLModel, table=True):
    user_id: UUID = Field(foreign_key="users.id", primary_key=True)
    workspace_id: UUID = Field(foreign_key="workspaces.id", primary_key=True)


class Band(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    name: str = Field(index=True)


class Album(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    title: str
    band_id: int = Field(foreign_key="band.id")
